import { Link } from 'react-router-dom';
import { Space, Typography } from 'antd';

/** A task's number and title, linking to its page, with its plan under it. */
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
      <Link to={`/nhiem-vu/${encodeURIComponent(taskId)}`}>
        {code ? `${code}. ` : ''}
        {title}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {planNumber ? `Kế hoạch ${planNumber}` : 'Kế hoạch chưa có số'}
      </Typography.Text>
    </Space>
  );
}
