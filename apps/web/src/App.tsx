import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { LoginPage } from './pages/login/LoginPage';
import { loadSignedInApp } from './signed-in-app-chunk';

const SignedInApp = lazy(async () => ({ default: (await loadSignedInApp()).SignedInApp }));

export function App() {
  return (
    <Routes>
      <Route path="/dang-nhap" element={<LoginPage />} />
      <Route
        path="*"
        element={
          <Suspense fallback={<Spin fullscreen tip="Đang tải…" />}>
            <SignedInApp />
          </Suspense>
        }
      />
    </Routes>
  );
}
