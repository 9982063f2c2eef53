import { ScrollableTable } from '../../components/charts/ScrollableTable';
import { Descriptions, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { IndicatorScore, TargetRevision } from '../../api/leadership-views';
import { formatDateTime } from '../../labels/dates';
import { amendingDocumentLabel, formatTarget, periodLabel, withUnit } from './indicator-words';

/** What an indicator's targets were and became, by which amendment, and the latest report. */
export function IndicatorHistory({ indicator }: { indicator: IndicatorScore }) {
  const columns: ColumnsType<TargetRevision> = [
    { title: 'Năm', dataIndex: 'year', width: 70 },
    {
      title: 'Chỉ tiêu cũ',
      key: 'previous',
      render: (_, revision) =>
        revision.previousValue === null ? 'Chưa ghi nhận' : formatTarget(revision.previousValue, indicator),
    },
    {
      title: 'Chỉ tiêu mới',
      key: 'new',
      render: (_, revision) => formatTarget(revision.newValue, indicator),
    },
    { title: 'Theo văn bản', key: 'document', render: (_, revision) => amendingDocumentLabel(revision) },
    {
      title: 'Ghi nhận lúc',
      key: 'recorded',
      width: 140,
      render: (_, revision) => formatDateTime(revision.occurredAt ?? revision.recordedAt),
    },
  ];
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      {(indicator.targets.length > 0 || indicator.latest) && (
        <Descriptions size="small" column={1} bordered>
          {indicator.targets.map((target) => (
            <Descriptions.Item key={target.year} label={`Chỉ tiêu năm ${target.year}`}>
              {formatTarget(target.value, indicator)}
              {target.originalValue !== null && target.originalValue !== target.value
                ? ` (ban đầu: ${formatTarget(target.originalValue, indicator)})`
                : ''}
            </Descriptions.Item>
          ))}
          {indicator.latest && (
            <Descriptions.Item label="Kết quả báo cáo gần nhất">
              {withUnit(indicator.latest.value, indicator.unit)} — {periodLabel(indicator.latest.period)},
              nguồn: {indicator.latest.source}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      <Typography.Text strong>Lịch sử điều chỉnh chỉ tiêu</Typography.Text>
      <ScrollableTable label="Lịch sử điều chỉnh chỉ tiêu">
        <Table<TargetRevision>
          size="small"
          rowKey={(revision) => `${revision.amendmentId}-${revision.year}-${revision.recordedAt}`}
          columns={columns}
          dataSource={indicator.revisions}
          pagination={false}
          locale={{ emptyText: 'Chỉ tiêu chưa được điều chỉnh' }}
        />
      </ScrollableTable>
    </Space>
  );
}
