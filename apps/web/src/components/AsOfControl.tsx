import { Alert, Button, DatePicker, Space, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useAsOfPreparation } from '../api/as-of-preparation';
import { dayjs, formatDate, toLocalDate } from '../labels/dates';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Huế (UTC+7, no daylight saving), yyyy-mm-dd: today itself is live, so only earlier days are offered. */
function todayInHue(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The past day the screen shows, from `?asOf=` in the address (so a link to it can be
 * shared); undefined when it shows now. Screens pass it to the API and hide their commands.
 */
export function useAsOf(): string | undefined {
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  return asOf && LOCAL_DATE.test(asOf) ? asOf : undefined;
}

/**
 * "Xem tại thời điểm": picks a past day to see the screen as it stood at its end, and while
 * one is picked, a banner that says so with the way back to now; while the API still
 * prepares that day's numbers, what it said (the screen's queries ask again meanwhile).
 */
export function AsOfControl() {
  const [params, setParams] = useSearchParams();
  const asOf = useAsOf();
  const preparing = useAsOfPreparation(asOf);
  const choose = (day: string | undefined) => {
    const next = new URLSearchParams(params);
    if (day) next.set('asOf', day);
    else next.delete('asOf');
    setParams(next, { replace: true });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={8}>
      <Space wrap size={8}>
        <Typography.Text id="as-of-label">Xem tại thời điểm</Typography.Text>
        <DatePicker
          aria-labelledby="as-of-label"
          format="DD/MM/YYYY"
          placeholder="Hiện tại"
          value={asOf ? dayjs(asOf) : null}
          disabledDate={(day) => toLocalDate(day) >= todayInHue()}
          onChange={(day) => choose(day ? toLocalDate(day) : undefined)}
        />
      </Space>
      {asOf && preparing && (
        <Alert
          type="info"
          showIcon
          icon={<Spin size="small" />}
          role="status"
          message={preparing}
          description="Số liệu của ngày này đang được tổng hợp lại từ nhật ký; trang sẽ tự hiển thị khi sẵn sàng."
        />
      )}
      {asOf && (
        <Alert
          type="warning"
          showIcon
          role="status"
          message={`Đang xem số liệu tại cuối ngày ${formatDate(asOf)}`}
          description="Số liệu như đã ghi nhận đến hết ngày này; các thao tác thay đổi dữ liệu tạm ẩn."
          action={
            <Button size="small" onClick={() => choose(undefined)}>
              Về số liệu hiện tại
            </Button>
          }
        />
      )}
    </Space>
  );
}
