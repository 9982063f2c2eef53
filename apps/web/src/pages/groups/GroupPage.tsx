import { Link, useLocation, useParams } from 'react-router-dom';
import { Alert, Card, Progress, Result, Skeleton, Space, Statistic, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ResponsiveRows } from '../pending/ResponsiveRows';
import type { TaskListItem } from '../../api/views';
import { formatDate } from '../../labels/dates';
import { CategoryTag } from '../../components/CategoryTag';
import { DueText } from '../../components/DueText';
import { useAgencyName } from '../../hooks/use-agencies';
import { useGroupTasks } from './use-group-tasks';

const isDone = (task: TaskListItem) => task.status === 'completed' || task.status === 'accepted';

/** A task given to every commune: "27/40 xã đã hoàn thành", and the communes still behind. */
export function GroupPage() {
  const { groupId = '' } = useParams();
  const agencyName = useAgencyName();
  const assigned = (useLocation().state as { assigned?: number } | null)?.assigned;
  const tasks = useGroupTasks(groupId, assigned);

  if (tasks.isPending) return <Skeleton active />;
  if (tasks.error) return <Alert type="error" showIcon message={tasks.error.message} />;
  const items = tasks.data.items;
  if (items.length === 0) {
    return (
      <Result
        status="404"
        title="Không tìm thấy nhóm nhiệm vụ"
        subTitle="Nhiệm vụ giao cho tất cả phường, xã này không có trong hệ thống."
        extra={<Link to="/ke-hoach">Về danh sách kế hoạch</Link>}
      />
    );
  }
  const first = items[0];
  const counted = items.filter((task) => task.category !== 'cancelled');
  const done = counted.filter(isDone).length;
  const behind = counted
    .filter((task) => !isDone(task))
    .sort(
      (a, b) =>
        (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || communeName(a).localeCompare(communeName(b), 'vi'),
    );
  const overdue = behind.filter((task) => task.overdue).length;
  function communeName(task: TaskListItem) {
    return task.leadAgencyName ?? agencyName(task.leadAgencyId);
  }

  const columns: ColumnsType<TaskListItem> = [
    {
      title: 'Phường, xã',
      render: (_, task) => (
        <Link to={`/nhiem-vu/${encodeURIComponent(task.taskId)}`}>{communeName(task)}</Link>
      ),
    },
    { title: 'Tình trạng', width: 220, render: (_, task) => <CategoryTag category={task.category} /> },
    { title: 'Thời hạn', width: 120, render: (_, task) => formatDate(task.dueDate) },
    {
      title: 'Còn / quá hạn',
      width: 150,
      render: (_, task) => (
        <DueText
          dueDate={task.dueDate}
          today={tasks.data.today}
          closed={false}
          workingDaysOverdue={task.workingDaysOverdue}
        />
      ),
    },
    {
      title: 'Báo cáo gần nhất',
      width: 160,
      render: (_, task) =>
        task.lastProgressOn
          ? `${formatDate(task.lastProgressOn)}${task.lastPercentComplete !== null ? ` · ${task.lastPercentComplete}%` : ''}`
          : 'Chưa báo cáo',
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Link to={`/ke-hoach/${encodeURIComponent(first.planId)}`}>
        ← {first.planNumber ? `Kế hoạch ${first.planNumber}` : 'Về kế hoạch'}
      </Link>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {first.code ? `${first.code}. ` : ''}
        {first.title}
      </Typography.Title>
      <Card size="small">
        <Space wrap size={32} align="center">
          <Statistic
            title="Giao cho tất cả phường, xã"
            value={done}
            formatter={() => `${done}/${counted.length}`}
            suffix="xã đã hoàn thành"
          />
          <Statistic title="Chưa hoàn thành" value={behind.length} suffix="xã" />
          <Statistic
            title="Quá hạn"
            value={overdue}
            suffix="xã"
            valueStyle={overdue > 0 ? { color: '#cf1322' } : undefined}
          />
          <Statistic title="Thời hạn" value={formatDate(first.dueDate)} />
        </Space>
        <Progress
          percent={counted.length === 0 ? 0 : Math.round((done / counted.length) * 100)}
          aria-label={`Tỷ lệ hoàn thành: ${done}/${counted.length} xã`}
          style={{ marginTop: 12 }}
        />
      </Card>
      <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
        Các phường, xã chưa hoàn thành ({behind.length})
      </Typography.Title>
      <ResponsiveRows
        rows={behind}
        rowKey="taskId"
        columns={columns}
        size="small"
        emptyText="Tất cả phường, xã đã hoàn thành"
        card={(task) => (
          <Space direction="vertical" size={4}>
            <Link to={`/nhiem-vu/${encodeURIComponent(task.taskId)}`} style={{ fontWeight: 600 }}>
              {communeName(task)}
            </Link>
            <CategoryTag category={task.category} />
            <DueText
              dueDate={task.dueDate}
              today={tasks.data.today}
              closed={false}
              workingDaysOverdue={task.workingDaysOverdue}
            />
          </Space>
        )}
      />
    </Space>
  );
}
