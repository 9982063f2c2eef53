import { Badge, Space, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { CompletionReviewsList } from './CompletionReviewsList';
import { ExtensionRequestsList } from './ExtensionRequestsList';
import { usePendingTasks } from './use-pending-tasks';

/** "Chờ xử lý": what awaits the standing office's decision. */
export function PendingPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('muc') === 'nghiem-thu' ? 'nghiem-thu' : 'gia-han';
  const extensions = usePendingTasks('extension');
  const reviews = usePendingTasks('review');
  const label = (text: string, count: number | undefined) => (
    <Space size={6}>
      {text}
      <Badge count={count ?? 0} showZero color={count ? '#cf1322' : '#595959'} overflowCount={999} />
    </Space>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        Chờ xử lý
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'gia-han' ? {} : { muc: key }, { replace: true })}
        items={[
          {
            key: 'gia-han',
            label: label('Đề nghị gia hạn', extensions.data?.total),
            children: <ExtensionRequestsList />,
          },
          {
            key: 'nghiem-thu',
            label: label('Chờ nghiệm thu', reviews.data?.total),
            children: <CompletionReviewsList />,
          },
        ]}
      />
    </Space>
  );
}
