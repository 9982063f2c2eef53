import { Typography } from 'antd';
import { dayjs } from '../labels/dates';

/** "Còn 5 ngày", "Đến hạn hôm nay", "Quá hạn 12 ngày", or nothing once closed. */
export function DueText({
  dueDate,
  today,
  closed,
  daysOverdue,
}: {
  dueDate: string | null;
  today: string;
  closed: boolean;
  daysOverdue?: number | null;
}) {
  if (!dueDate || closed) return <Typography.Text type="secondary">—</Typography.Text>;
  const left = dayjs(dueDate).diff(dayjs(today), 'day');
  if (left < 0) {
    return (
      <Typography.Text type="danger" strong>
        Quá hạn {daysOverdue ?? -left} ngày
      </Typography.Text>
    );
  }
  if (left === 0)
    return (
      <Typography.Text style={{ color: '#ad4e00' }} strong>
        Đến hạn hôm nay
      </Typography.Text>
    );
  return <Typography.Text>Còn {left} ngày</Typography.Text>;
}
