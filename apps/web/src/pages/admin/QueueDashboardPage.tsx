import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';

const DASHBOARD = '/queues';

/** Asks the API for the cookie that lets this browser open /queues (an administrator's only). */
async function allowThisBrowser(): Promise<void> {
  await unwrap(api.POST('/operations/queue-dashboard-session'));
}

/**
 * "Hàng đợi nhắc việc": the way into the operators' BullMQ dashboard, which a page cannot
 * open with the session's bearer token. `?mo=1` (where /queues sends a browser without its
 * cookie) opens it straight away, in this tab.
 */
export function QueueDashboardPage() {
  const [params] = useSearchParams();
  const openAtOnce = params.get('mo') === '1';
  const [error, setError] = useState<string>();
  const [opening, setOpening] = useState(openAtOnce);

  useEffect(() => {
    if (!openAtOnce) return;
    allowThisBrowser()
      .then(() => window.location.replace(DASHBOARD))
      .catch((refused: Error) => {
        setError(refused.message);
        setOpening(false);
      });
  }, [openAtOnce]);

  async function openInNewTab() {
    setError(undefined);
    // Opened before the request, or the browser counts it as a pop-up no click asked for.
    const tab = window.open('about:blank', '_blank');
    try {
      await allowThisBrowser();
      if (tab) tab.location.href = DASHBOARD;
      else window.location.assign(DASHBOARD);
    } catch (refused) {
      tab?.close();
      setError((refused as Error).message);
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Hàng đợi nhắc việc
      </Typography.Title>
      <Card>
        <Space direction="vertical" size="middle">
          <Typography.Paragraph style={{ margin: 0 }}>
            Bảng điều khiển hàng đợi cho biết các lời nhắc hạn, cảnh báo quá hạn và bản tin tổng hợp hằng ngày
            đang chờ đến giờ gửi, đang gửi, đã gửi hay gặp lỗi, và cho phép gửi lại một việc bị lỗi.
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            Đây là công cụ kỹ thuật dành cho quản trị hệ thống, hiển thị bằng tiếng Anh. Quyền mở bảng điều
            khiển hết hạn cùng phiên đăng nhập và được thu hồi khi đăng xuất.
          </Typography.Paragraph>
          {error && <Alert type="error" showIcon message={error} />}
          <Button type="primary" icon={<ExportOutlined />} loading={opening} onClick={openInNewTab}>
            Mở bảng điều khiển hàng đợi
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
