import { Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import type { UserAccount } from '../../api/admin-views';
import { AdminCommandModal } from './AdminCommandModal';

/** "Mở khóa": a deactivated account may log in again with its password. */
export function ReactivateUserModal({ user, onClose }: { user: UserAccount; onClose: () => void }) {
  return (
    <AdminCommandModal<object>
      title={`Mở khóa: ${user.displayName}`}
      okText="Mở khóa"
      success="Đã mở khóa tài khoản"
      onClose={onClose}
      run={() =>
        unwrap(
          api.POST('/users/{userId}/reactivate', {
            params: { path: { userId: user.userId } },
            body: { expectedVersion: user.version },
          }),
        )
      }
    >
      <Typography.Paragraph>
        Tài khoản {user.username} sẽ đăng nhập lại được bằng mật khẩu hiện có. Nếu người dùng không nhớ mật
        khẩu, hãy đặt lại mật khẩu sau khi mở khóa.
      </Typography.Paragraph>
    </AdminCommandModal>
  );
}
