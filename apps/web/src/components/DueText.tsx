import { Typography } from 'antd';
import { dayjs } from '../labels/dates';
import { workingDaysLate } from '../labels/overdue-words';

/**
 * "Còn 5 ngày", "Đến hạn hôm nay", "Quá hạn 8 ngày làm việc" (the server's count, weekends and
 * holidays not counted; calendar days only when it gives none), or nothing once closed.
 */
export function DueText({
  dueDate,
  today,
  closed,
  workingDaysOverdue,
}: {
  dueDate: string | null;
  today: string;
  closed: boolean;
  workingDaysOverdue?: number | null;
}) {
  if (!dueDate || closed) return <Typography.Text type="secondary">—</Typography.Text>;
  const left = dayjs(dueDate).diff(dayjs(today), 'day');
  if (left < 0) {
    return (
      <Typography.Text type="danger" strong>
        {workingDaysOverdue == null
          ? `Quá hạn ${-left} ngày`
          : `Quá hạn ${workingDaysLate(workingDaysOverdue)}`}
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
