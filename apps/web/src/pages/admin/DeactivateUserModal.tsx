import { Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import type { UserAccount } from '../../api/admin-views';
import { AdminCommandModal } from './AdminCommandModal';
import { ReasonField } from './ReasonField';

/** "Khóa tài khoản": no more logins, every session ended; the person's history stays. */
export function DeactivateUserModal({ user, onClose }: { user: UserAccount; onClose: () => void }) {
  return (
    <AdminCommandModal<{ reason: string }>
      title={`Khóa tài khoản: ${user.displayName}`}
      okText="Khóa tài khoản"
      danger
      success="Đã khóa tài khoản"
      onClose={onClose}
      run={({ reason }) =>
        unwrap(
          api.POST('/users/{userId}/deactivate', {
            params: { path: { userId: user.userId } },
            body: { reason: reason.trim(), expectedVersion: user.version },
          }),
        )
      }
    >
      <Typography.Paragraph>
        Người dùng sẽ không đăng nhập được nữa và bị đăng xuất khỏi mọi thiết bị. Lịch sử công việc của tài
        khoản vẫn được giữ.
      </Typography.Paragraph>
      <ReasonField placeholder="Ví dụ: Chuyển công tác sang Sở Y tế" />
    </AdminCommandModal>
  );
}
