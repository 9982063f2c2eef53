import { Link } from 'react-router-dom';
import { List, Progress, Space, Typography } from 'antd';
import { EmptyText } from '../pending/EmptyText';
import type { GroupProgress } from '../../api/standing-office-views';

/** Tasks given to every commune, each as "27/40 xã đã hoàn thành", linking to its screen. */
export function PlanGroups({ groups, loading }: { groups: GroupProgress[]; loading: boolean }) {
  return (
    <List<GroupProgress>
      loading={loading}
      dataSource={groups}
      locale={{ emptyText: <EmptyText>{'Kế hoạch chưa có nhiệm vụ giao cho tất cả phường, xã'}</EmptyText> }}
      renderItem={(group) => (
        <List.Item>
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Link to={`/nhom/${encodeURIComponent(group.groupId)}`}>
              {group.code ? `${group.code}. ` : ''}
              {group.title}
            </Link>
            <Typography.Text>
              {group.done}/{group.total} xã đã hoàn thành
              {group.overdue > 0 ? ` · ${group.overdue} xã quá hạn` : ''}
            </Typography.Text>
            <Progress
              percent={group.total === 0 ? 0 : Math.round((group.done / group.total) * 100)}
              size="small"
              aria-label={`Tỷ lệ hoàn thành: ${group.done}/${group.total} xã`}
            />
          </Space>
        </List.Item>
      )}
    />
  );
}
