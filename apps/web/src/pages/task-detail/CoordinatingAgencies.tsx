import { Empty, List, Space, Tag, Typography } from 'antd';
import type { TaskDetail } from '../../api/views';
import { formatDate, formatDateTime } from '../../labels/dates';
import { COORDINATION_STATE_LABELS } from '../../labels/coordination-labels';

type Coordinator = TaskDetail['coordinators'][number];

/** "Báo cáo đúng hạn" / "Báo cáo trễ hạn (hạn 30/06/2026)". */
function judgement(onTime: boolean, dueDate: string | null): string {
  if (dueDate === null) return 'Nhiệm vụ không có thời hạn';
  return onTime ? 'Đúng hạn' : `Trễ hạn (hạn ${formatDate(dueDate)})`;
}

/** "Đơn vị phối hợp": each coordinating agency, its state and what it reported, oldest first. */
export function CoordinatingAgencies({ task }: { task: TaskDetail }) {
  if (task.coordinators.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Nhiệm vụ không có đơn vị phối hợp" />;
  }
  return (
    <section aria-label="Đơn vị phối hợp">
      <List
        itemLayout="vertical"
        dataSource={[...task.coordinators]}
        renderItem={(part: Coordinator) => {
          const state = COORDINATION_STATE_LABELS[part.state];
          return (
            <List.Item key={part.agencyId}>
              <Space wrap size={8} style={{ marginBottom: 4 }}>
                <Typography.Text strong>{part.agencyName ?? 'Đơn vị chưa có trong danh mục'}</Typography.Text>
                <Tag color={state.color}>{state.label}</Tag>
                {part.contributedOnTime !== null && (
                  <Tag color={part.contributedOnTime ? 'success' : 'warning'}>
                    {part.contributedOnTime ? 'Báo cáo đúng hạn' : 'Báo cáo trễ hạn'}
                  </Tag>
                )}
              </Space>
              <div>
                <Typography.Text type="secondary">
                  {part.acknowledgedOn
                    ? `Tiếp nhận ngày ${formatDate(part.acknowledgedOn)}`
                    : 'Chưa tiếp nhận'}
                  {part.lastPercentComplete !== null ? ` · Hoàn thành ${part.lastPercentComplete}%` : ''}
                </Typography.Text>
              </div>
              {part.contributions.length > 0 && (
                <List
                  size="small"
                  dataSource={[...part.contributions]}
                  renderItem={(contribution) => (
                    <List.Item key={contribution.reportId}>
                      <div>
                        <Typography.Paragraph style={{ marginBottom: 2, whiteSpace: 'pre-wrap' }}>
                          {contribution.summary}
                        </Typography.Paragraph>
                        <Typography.Text type="secondary">
                          {contribution.byName ?? 'Không rõ người báo cáo'} ·{' '}
                          {formatDateTime(contribution.at)}
                          {contribution.percentComplete !== null
                            ? ` · ${contribution.percentComplete}%`
                            : ''}{' '}
                          · {judgement(contribution.onTime, contribution.dueDate)}
                        </Typography.Text>
                      </div>
                    </List.Item>
                  )}
                />
              )}
            </List.Item>
          );
        }}
      />
    </section>
  );
}
