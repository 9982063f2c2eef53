import { Space, Tag } from 'antd';
import type { UserAccount } from '../../api/admin-views';
import { formatDateTime } from '../../labels/dates';

/** Active, deactivated by the administrator, or locked for a while after failed logins. */
export function UserStatusTag({ user }: { user: UserAccount }) {
  const lockedFor =
    user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now() ? user.lockedUntil : null;
  return (
    <Space wrap size={4}>
      {user.active ? <Tag color="success">Đang hoạt động</Tag> : <Tag color="error">Đã khóa</Tag>}
      {lockedFor && <Tag color="warning">Tạm khóa đến {formatDateTime(lockedFor)}</Tag>}
    </Space>
  );
}
