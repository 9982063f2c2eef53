import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ResponsiveRows } from './ResponsiveRows';
import type { PendingTask } from '../../api/standing-office-views';
import { formatDate } from '../../labels/dates';
import { useAgencyName } from '../../hooks/use-agencies';
import { ExtensionDecisionModal } from './ExtensionDecisionModal';
import { TaskTitleLink } from './TaskTitleLink';
import { usePendingTasks } from './use-pending-tasks';

/** Extension requests awaiting the standing office's decision. */
export function ExtensionRequestsList() {
  const queryClient = useQueryClient();
  const agencyName = useAgencyName();
  const requests = usePendingTasks('extension');
  const [deciding, setDeciding] = useState<{ decision: 'grant' | 'reject'; task: PendingTask } | null>(null);

  const actions = (task: PendingTask) => (
    <Space wrap>
      <Button type="primary" onClick={() => setDeciding({ decision: 'grant', task })}>
        Đồng ý gia hạn
      </Button>
      <Button danger onClick={() => setDeciding({ decision: 'reject', task })}>
        Từ chối
      </Button>
    </Space>
  );
  const leadName = (task: PendingTask) => task.leadAgencyName ?? agencyName(task.leadAgencyId);

  const columns: ColumnsType<PendingTask> = [
    {
      title: 'Nhiệm vụ',
      render: (_, task) => <TaskTitleLink {...task} />,
    },
    { title: 'Đơn vị chủ trì', width: 180, render: (_, task) => leadName(task) },
    { title: 'Thời hạn hiện tại', width: 120, render: (_, task) => formatDate(task.dueDate) },
    {
      title: 'Đề nghị đến ngày',
      width: 120,
      render: (_, task) => (
        <Typography.Text strong>{formatDate(task.pendingExtension?.requestedDueDate)}</Typography.Text>
      ),
    },
    {
      title: 'Lý do',
      width: 240,
      render: (_, task) => (
        <Space direction="vertical" size={0}>
          <span>{task.pendingExtension?.reason ?? '—'}</span>
          {task.pendingExtension?.requestedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Đề nghị ngày {formatDate(task.pendingExtension.requestedOn)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: 'Quyết định', width: 230, render: (_, task) => actions(task) },
  ];

  const rows = requests.data?.items ?? [];
  return (
    <>
      {requests.error && <Alert type="error" showIcon message={requests.error.message} />}
      <ResponsiveRows
        rows={rows}
        rowKey="taskId"
        columns={columns}
        loading={requests.isFetching}
        emptyText="Không có đề nghị gia hạn nào chờ quyết định"
        card={(task) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <TaskTitleLink {...task} />
            <Typography.Text>{leadName(task)}</Typography.Text>
            <Typography.Text>
              Hạn {formatDate(task.dueDate)} → đề nghị{' '}
              <strong>{formatDate(task.pendingExtension?.requestedDueDate)}</strong>
            </Typography.Text>
            <Typography.Text type="secondary">Lý do: {task.pendingExtension?.reason ?? '—'}</Typography.Text>
            {actions(task)}
          </Space>
        )}
      />
      {deciding && (
        <ExtensionDecisionModal
          decision={deciding.decision}
          task={deciding.task}
          onClose={(done) => {
            setDeciding(null);
            if (done) void queryClient.invalidateQueries();
          }}
        />
      )}
    </>
  );
}
