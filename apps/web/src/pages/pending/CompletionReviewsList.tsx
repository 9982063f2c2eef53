import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ResponsiveRows } from './ResponsiveRows';
import type { PendingTask } from '../../api/standing-office-views';
import { formatDate } from '../../labels/dates';
import { useAgencyName } from '../../hooks/use-agencies';
import { CategoryTag } from '../../components/CategoryTag';
import { ReviewDecisionModal } from './ReviewDecisionModal';
import { TaskTitleLink } from './TaskTitleLink';
import { usePendingTasks } from './use-pending-tasks';

/** Tasks reported completed, awaiting acceptance (nghiệm thu) or return. */
export function CompletionReviewsList() {
  const queryClient = useQueryClient();
  const agencyName = useAgencyName();
  const reviews = usePendingTasks('review');
  const [deciding, setDeciding] = useState<{ decision: 'accept' | 'return'; task: PendingTask } | null>(null);

  const leadName = (task: PendingTask) => task.leadAgencyName ?? agencyName(task.leadAgencyId);
  const actions = (task: PendingTask) => (
    <Space wrap>
      <Button type="primary" onClick={() => setDeciding({ decision: 'accept', task })}>
        Nghiệm thu
      </Button>
      <Button danger onClick={() => setDeciding({ decision: 'return', task })}>
        Trả lại
      </Button>
    </Space>
  );

  const columns: ColumnsType<PendingTask> = [
    { title: 'Nhiệm vụ', render: (_, task) => <TaskTitleLink {...task} /> },
    { title: 'Đơn vị chủ trì', width: 180, render: (_, task) => leadName(task) },
    { title: 'Thời hạn', width: 110, render: (_, task) => formatDate(task.dueDate) },
    { title: 'Ngày hoàn thành', width: 120, render: (_, task) => formatDate(task.completedOn) },
    { title: 'Tình trạng', width: 190, render: (_, task) => <CategoryTag category={task.category} /> },
    { title: 'Quyết định', width: 200, render: (_, task) => actions(task) },
  ];

  const rows = reviews.data?.items ?? [];
  return (
    <>
      {reviews.error && <Alert type="error" showIcon message={reviews.error.message} />}
      <ResponsiveRows
        rows={rows}
        rowKey="taskId"
        columns={columns}
        loading={reviews.isFetching}
        emptyText="Không có nhiệm vụ nào chờ nghiệm thu"
        card={(task) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <TaskTitleLink {...task} />
            <Typography.Text>{leadName(task)}</Typography.Text>
            <Typography.Text>
              Hạn {formatDate(task.dueDate)} · hoàn thành {formatDate(task.completedOn)}
            </Typography.Text>
            <CategoryTag category={task.category} />
            {actions(task)}
          </Space>
        )}
      />
      {deciding && (
        <ReviewDecisionModal
          decision={deciding.decision}
          task={deciding.task}
          agencyName={leadName(deciding.task)}
          onClose={(done) => {
            setDeciding(null);
            if (done) void queryClient.invalidateQueries();
          }}
        />
      )}
    </>
  );
}
