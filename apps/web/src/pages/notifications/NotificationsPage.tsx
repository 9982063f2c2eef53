import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../labels/dates';
import { useMarkRead, useNotifications } from './use-notifications';

const PAGE_SIZE = 20;

export function NotificationsPage() {
  const { message } = App.useApp();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const { data, isLoading } = useNotifications({
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
    unreadOnly: unreadOnly ? 'true' : undefined,
  });
  const { one, all } = useMarkRead();

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          Thông báo
        </Typography.Title>
      }
      extra={
        <Button
          onClick={() =>
            all.mutate(undefined, { onSuccess: () => message.success('Đã đánh dấu tất cả là đã đọc') })
          }
          disabled={!data?.unread}
          loading={all.isPending}
        >
          Đánh dấu tất cả đã đọc
        </Button>
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented
          aria-label="Lọc thông báo"
          options={[
            { label: 'Tất cả', value: 'all' },
            { label: `Chưa đọc (${data?.unread ?? 0})`, value: 'unread' },
          ]}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => {
            setUnreadOnly(value === 'unread');
            setPage(1);
          }}
        />
      </Space>
      <List
        loading={isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: 'Không có thông báo' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        renderItem={(item) => (
          <List.Item
            actions={
              item.readAt
                ? []
                : [
                    <Button key="read" size="small" onClick={() => one.mutate(item.notificationId)}>
                      Đánh dấu đã đọc
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  {!item.readAt && <Tag color="blue">Mới</Tag>}
                  {item.taskId ? (
                    <Link to={`/nhiem-vu/${encodeURIComponent(item.taskId)}`}>{item.title}</Link>
                  ) : (
                    item.title
                  )}
                </Space>
              }
              description={
                <>
                  <div>{item.body}</div>
                  <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
