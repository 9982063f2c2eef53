import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { BELL_QUERY, useNotifications } from '../pages/notifications/use-notifications';

/** The unread count, refreshed every minute; opens the notification list. */
export function NotificationBell() {
  const navigate = useNavigate();
  const { data } = useNotifications(BELL_QUERY, 60_000);
  const unread = data?.unread ?? 0;
  return (
    <Badge count={unread} size="small" overflowCount={99}>
      <Button
        type="text"
        aria-label={unread > 0 ? `Thông báo: ${unread} chưa đọc` : 'Thông báo'}
        icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
        onClick={() => navigate('/thong-bao')}
      />
    </Badge>
  );
}
