import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import { session } from '../api/session-store';
import { useSession } from './use-session';
import type { Role } from '../labels/identity-labels';

/**
 * Screens behind a login. After a reload the refresh token (kept for the tab) renews the
 * session once before sending the person to the login page.
 */
export function RequireSession({ children, roles }: { children: ReactNode; roles?: readonly Role[] }) {
  const { user, expired } = useSession();
  const location = useLocation();
  const [renewing, setRenewing] = useState(!user && !expired);

  useEffect(() => {
    if (user || expired) return;
    let live = true;
    session.refresh().finally(() => live && setRenewing(false));
    return () => {
      live = false;
    };
  }, [user, expired]);

  if (expired) return <SessionExpired />;
  if (!user) {
    if (renewing) return <Spin fullscreen tip="Đang tải…" />;
    return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  }
  if (roles && !roles.includes(user.role)) {
    return (
      <Result
        status="403"
        title="Không có quyền truy cập"
        subTitle="Trang này không dành cho vai trò của bạn."
      />
    );
  }
  return <>{children}</>;
}

function SessionExpired() {
  const location = useLocation();
  return (
    <Result
      status="warning"
      title="Phiên làm việc đã hết hạn"
      subTitle="Để bảo đảm an toàn, vui lòng đăng nhập lại để tiếp tục công việc."
      extra={
        <Button type="primary" href={`/dang-nhap?tiep=${encodeURIComponent(location.pathname)}`}>
          Đăng nhập lại
        </Button>
      }
    />
  );
}
