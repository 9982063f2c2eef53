import { Alert, Form } from 'antd';
import { api, unwrap } from '../../api/client';
import type { UserAccount } from '../../api/admin-views';
import { AdminCommandModal } from './AdminCommandModal';
import { PasswordFields } from './PasswordFields';

interface ResetPasswordValues {
  newPassword: string;
  newPasswordRepeated: string;
}

/** "Đặt lại mật khẩu": ends a lock-out and every session of the person. */
export function ResetPasswordModal({ user, onClose }: { user: UserAccount; onClose: () => void }) {
  const [form] = Form.useForm<ResetPasswordValues>();
  return (
    <AdminCommandModal<ResetPasswordValues>
      title={`Đặt lại mật khẩu: ${user.displayName}`}
      okText="Đặt lại mật khẩu"
      success="Đã đặt lại mật khẩu"
      form={form}
      onClose={onClose}
      run={({ newPassword }) =>
        unwrap(
          api.POST('/users/{userId}/password', {
            params: { path: { userId: user.userId } },
            body: { newPassword, expectedVersion: user.version },
          }),
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="Tài khoản được mở khóa nếu đang bị tạm khóa, và phải đăng nhập lại trên mọi thiết bị. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn."
      />
      <PasswordFields form={form} name="newPassword" label="Mật khẩu mới" usernameOf={() => user.username} />
    </AdminCommandModal>
  );
}
