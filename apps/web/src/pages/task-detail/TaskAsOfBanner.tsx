import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../labels/dates';
import { taskPath } from '../../components/TaskLink';

/**
 * The banner of a task's page opened as of a past day: what it shows is the task as it stood
 * at that day's end, nothing can be done to the past, and the way back to the task now.
 */
export function TaskAsOfBanner({ taskId, asOf }: { taskId: string; asOf: string }) {
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      message={`Đang xem nhiệm vụ như tại cuối ngày ${formatDate(asOf)}`}
      description={
        <>
          Thông tin, thời hạn, tình trạng và quá trình thực hiện như đã ghi nhận đến hết ngày này; không thể
          thao tác trên số liệu đã qua.{' '}
          <Link to={taskPath(taskId)} style={{ textDecoration: 'underline' }}>
            Xem nhiệm vụ hiện tại
          </Link>
        </>
      }
    />
  );
}
