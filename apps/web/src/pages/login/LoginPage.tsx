import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { session } from '../../api/session-store';
import { useSession } from '../../session/use-session';
import { homeOf, TASK_LIST_PATH } from '../../session/permissions';
import { filtersFrom } from '../tasks/task-filters';
import { taskListQueryOptions } from '../tasks/task-list-query';

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
  const from = (location.state as { from?: string } | null)?.from ?? params.get('tiep') ?? null;

  if (user) return <Navigate to={from && from !== '/dang-nhap' ? from : homeOf(user.role)} replace />;

  async function submit(values: Credentials) {
    setBusy(true);
    setError(null);
    try {
      await session.login(values.username.trim(), values.password);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Không đăng nhập được.');
    } finally {
      setBusy(false);
    }
    const signedIn = session.currentUser;
    if (!signedIn) return;
    const destination = from && from !== '/dang-nhap' ? from : homeOf(signedIn.role);
    // Ask for the list while the screens render, not after: the first load a person waits for.
    if (destination === TASK_LIST_PATH) {
      void queryClient.prefetchQuery(taskListQueryOptions(filtersFrom(new URLSearchParams())));
    }
    navigate(destination, { replace: true });
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
      <Card style={{ width: '100%', maxWidth: 400 }}>
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
      </Card>
    </main>
  );
}
