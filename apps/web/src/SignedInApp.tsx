import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { App as AntApp, Result, Spin } from 'antd';
import { AppShell } from './layout/AppShell';
import { RequireSession } from './session/RequireSession';
import { useSession } from './session/use-session';
import { homeOf } from './session/permissions';
import { screens } from './screens';

/** Every screen behind the login, in the frame of the header and the menu. */
export function SignedInApp() {
  const { user } = useSession();
  // antd's App (messages, confirmations) lives here, not around the login page: its code
  // is not needed to sign in, and the login page is the first thing everyone downloads.
  return (
    <AntApp>
      <Routes>
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
    </AntApp>
  );
}
