import { List, Typography } from 'antd';
import type { TaskDetail } from '../../api/views';
import { formatDate } from '../../labels/dates';
import { useAgencyName } from '../../hooks/use-agencies';

type DeadlineChange = TaskDetail['deadlineHistory'][number];

const KIND_LABELS: Record<DeadlineChange['kind'], string> = {
  extension: 'Gia hạn',
  reassignment: 'Giao lại, kèm thời hạn mới',
  reopening: 'Mở lại, kèm thời hạn mới',
};

/** "Hạn ban đầu 30/06/2026 · Gia hạn 2 lần · Hạn hiện tại 31/08/2026". */
export function deadlineSummary(
  task: Pick<TaskDetail, 'originalDueDate' | 'extensionCount' | 'dueDate'>,
): string {
  const extended = task.extensionCount > 0 ? `Gia hạn ${task.extensionCount} lần` : 'Chưa gia hạn';
  return `Hạn ban đầu ${formatDate(task.originalDueDate)} · ${extended} · Hạn hiện tại ${formatDate(task.dueDate)}`;
}

/** Every change of the deadline: from, to, who approved it, when and why. */
export function DeadlineHistory({ task }: { task: TaskDetail }) {
  const agencyName = useAgencyName();
  return (
    <>
      <Typography.Text strong>{deadlineSummary(task)}</Typography.Text>
      <List
        size="small"
        aria-label="Các lần điều chỉnh thời hạn"
        dataSource={[...task.deadlineHistory]}
        renderItem={(change) => (
          <List.Item>
            <div>
              <Typography.Text>
                {KIND_LABELS[change.kind]}: {formatDate(change.from)} → {formatDate(change.to)}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">
                Người duyệt: {change.byName ?? 'Không rõ'}
                {change.byAgencyId ? ` (${agencyName(change.byAgencyId)})` : ''} · Ngày{' '}
                {formatDate(change.on)}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">
                Lý do: {change.reason ?? 'Không nêu'}
                {change.note ? ` · Ý kiến: ${change.note}` : ''}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </>
  );
}
