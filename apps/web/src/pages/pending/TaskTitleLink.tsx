import { Space, Typography } from 'antd';
import { TaskLink } from '../../components/TaskLink';

/** A task's number and title, linking to its page (as of the screen's day, if any), with its plan under it. */
export function TaskTitleLink({
  taskId,
  code,
  title,
  planNumber,
}: {
  taskId: string;
  code: string | null;
  title: string;
  planNumber: string | null;
}) {
  return (
    <Space direction="vertical" size={0}>
      <TaskLink taskId={taskId}>
        {code ? `${code}. ` : ''}
        {title}
      </TaskLink>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {planNumber ? `Kế hoạch ${planNumber}` : 'Kế hoạch chưa có số'}
      </Typography.Text>
    </Space>
  );
}
