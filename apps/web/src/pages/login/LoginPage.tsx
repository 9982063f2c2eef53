import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Form, Input, Typography, theme } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { session, type SessionUser } from '../../api/session-store';
import { useSession } from '../../session/use-session';
import { homeOf, TASK_LIST_PATH } from '../../session/permissions';
import { prefetchTaskListScreen } from '../tasks/task-list-query';
import { loadSignedInApp } from '../../signed-in-app-chunk';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const location = useLocation();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { token } = theme.useToken();
  const from = (location.state as { from?: string } | null)?.from ?? params.get('tiep') ?? null;
  // While a login goes on, this page leads on by itself once the first screen is ready.
  const signingIn = useRef(false);

  // Fetched once the page has loaded, so as not to hold up the page itself.
  useEffect(() => {
    const preload = () => setTimeout(() => void loadSignedInApp(), 0);
    if (document.readyState === 'complete') preload();
    else window.addEventListener('load', preload, { once: true });
    return () => window.removeEventListener('load', preload);
  }, []);

  const destinationFor = (role: SessionUser['role']) => (from && from !== '/dang-nhap' ? from : homeOf(role));

  if (user && !signingIn.current) return <Navigate to={destinationFor(user.role)} replace />;

  async function submit(values: Credentials) {
    setBusy(true);
    setError(null);
    signingIn.current = true;
    try {
      const signedIn = await session.login(values.username.trim(), values.password);
      const destination = destinationFor(signedIn.role);
      // The first screen appears once, whole: its code and its data are fetched before it is shown.
      await Promise.all([
        loadSignedInApp(),
        destination === TASK_LIST_PATH
          ? prefetchTaskListScreen(queryClient, signedIn).catch(() => undefined)
          : undefined,
      ]);
      navigate(destination, { replace: true });
    } catch (failure) {
      signingIn.current = false;
      setError(failure instanceof Error ? failure.message : 'Không đăng nhập được.');
      setBusy(false);
    }
  }

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#eef3f9',
        padding: 12,
      }}
    >
      {/* A plain panel, not antd's Card: Card brings Tabs, Menu and Skeleton into the first download. */}
      <section
        aria-label="Đăng nhập"
        style={{
          width: '100%',
          maxWidth: 400,
          padding: 24,
          background: token.colorBgContainer,
          borderRadius: token.borderRadiusLG,
          border: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          Hệ thống giao việc
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          Theo dõi thực hiện nhiệm vụ, chỉ tiêu các kế hoạch của UBND thành phố Huế
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên đăng nhập' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label="Mật khẩu"
            name="password"
            rules={[{ required: true, message: 'Vui lòng nhập mật khẩu' }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            Đăng nhập
          </Button>
        </Form>
      </section>
    </main>
  );
}
