import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Result, Spin } from 'antd';
import { AppShell } from './layout/AppShell';
import { RequireSession } from './session/RequireSession';
import { useSession } from './session/use-session';
import { homeOf } from './session/permissions';
import { screens } from './screens';
import { LoginPage } from './pages/login/LoginPage';

export function App() {
  const { user } = useSession();
  return (
    <Routes>
      <Route path="/dang-nhap" element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <AppShell />
          </RequireSession>
        }
      >
        <Route index element={user ? <Navigate to={homeOf(user.role)} replace /> : null} />
        {screens.map((screen) => (
          <Route
            key={screen.path}
            path={screen.path}
            element={
              <RequireSession roles={screen.roles}>
                <Suspense
                  fallback={<Spin size="large" tip="Đang tải…" fullscreen={false} style={{ margin: 48 }} />}
                >
                  {screen.element}
                </Suspense>
              </RequireSession>
            }
          />
        ))}
        <Route
          path="*"
          element={
            <Result
              status="404"
              title="Không tìm thấy trang"
              subTitle="Địa chỉ này không có trong hệ thống."
            />
          }
        />
      </Route>
    </Routes>
  );
}
