import { Button, Card, Grid, List, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { OverdueTask } from '../../api/standing-office-views';
import { formatDate } from '../../labels/dates';
import { TaskTitleLink } from '../pending/TaskTitleLink';
import { levelsAbove } from './escalation-levels';
import { EscalationTag } from './EscalationTag';
import { LastReport } from './LastReport';
import { workingDaysLate } from '../../labels/overdue-words';

/** The overdue tasks of one agency: a table on a desktop, cards on a phone. */
export function OverdueTasksTable({
  tasks,
  canEscalate,
  onEscalate,
}: {
  tasks: OverdueTask[];
  canEscalate: boolean;
  onEscalate: (task: OverdueTask) => void;
}) {
  const wide = Grid.useBreakpoint().md ?? true;
  const escalateButton = (task: OverdueTask) =>
    canEscalate && levelsAbove(task.escalationLevel).length > 0 ? (
      <Button size="small" onClick={() => onEscalate(task)} aria-label={`Chuyển cấp trên: ${task.title}`}>
        Chuyển cấp trên
      </Button>
    ) : null;

  const columns: ColumnsType<OverdueTask> = [
    { title: 'Nhiệm vụ', render: (_, task) => <TaskTitleLink {...task} /> },
    { title: 'Thời hạn', width: 110, render: (_, task) => formatDate(task.dueDate) },
    {
      title: 'Quá hạn',
      width: 130,
      render: (_, task) => (
        <Typography.Text type="danger" strong>
          {workingDaysLate(task.workingDaysOverdue)}
        </Typography.Text>
      ),
    },
    { title: 'Báo cáo gần nhất', width: 220, render: (_, task) => <LastReport report={task.lastReport} /> },
    { title: 'Mức đôn đốc', width: 220, render: (_, task) => <EscalationTag level={task.escalationLevel} /> },
    ...(canEscalate
      ? [{ title: 'Thao tác', width: 150, render: (_: unknown, task: OverdueTask) => escalateButton(task) }]
      : []),
  ];

  if (wide) {
    return (
      <Table<OverdueTask>
        rowKey="taskId"
        size="small"
        columns={columns}
        dataSource={tasks}
        pagination={false}
      />
    );
  }
  return (
    <List<OverdueTask>
      dataSource={tasks}
      renderItem={(task) => (
        <List.Item style={{ padding: 0, borderBlockEnd: 'none' }}>
          <Card size="small" style={{ marginBottom: 8, width: '100%' }}>
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <TaskTitleLink {...task} />
              <Typography.Text>
                Hạn {formatDate(task.dueDate)} ·{' '}
                <Typography.Text type="danger" strong>
                  quá hạn {workingDaysLate(task.workingDaysOverdue)}
                </Typography.Text>
              </Typography.Text>
              <LastReport report={task.lastReport} />
              <EscalationTag level={task.escalationLevel} />
              {escalateButton(task)}
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}
