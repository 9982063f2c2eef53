import { Grid, List, Card, Space, Table, Typography } from 'antd';
import { EmptyText } from '../pending/EmptyText';
import type { ColumnsType } from 'antd/es/table';
import type { PlanAmendment, PlanIndicator } from '../../api/standing-office-views';
import { useAgencyName } from '../../hooks/use-agencies';
import { DIRECTION_LABELS, formatValue } from './plan-words';

/** The plan's KPIs: the target of each year and how amendments revised them. */
export function PlanIndicators({
  indicators,
  amendments,
}: {
  indicators: PlanIndicator[];
  amendments: PlanAmendment[];
}) {
  const wide = Grid.useBreakpoint().md ?? true;
  const agencyName = useAgencyName();
  const amendmentName = (amendmentId: string) => {
    const document = amendments.find((amendment) => amendment.amendmentId === amendmentId)?.amendingDocument;
    return document?.number ? `văn bản ${document.number}` : 'văn bản sửa đổi, bổ sung';
  };

  const targets = (indicator: PlanIndicator) =>
    indicator.targets.length === 0 ? (
      <Typography.Text type="secondary">Chưa có chỉ tiêu</Typography.Text>
    ) : (
      <Space direction="vertical" size={0}>
        {indicator.targets.map((target) => (
          <span key={target.year}>
            Năm {target.year}: {DIRECTION_LABELS[indicator.direction].toLowerCase()}{' '}
            <strong>{formatValue(target.value, indicator.unit)}</strong>
          </span>
        ))}
      </Space>
    );
  const revisions = (indicator: PlanIndicator) =>
    indicator.revisions.length === 0 ? (
      <Typography.Text type="secondary">Không điều chỉnh</Typography.Text>
    ) : (
      <Space direction="vertical" size={0}>
        {indicator.revisions.map((revision) => (
          <Typography.Text key={`${revision.amendmentId}-${revision.year}`} style={{ fontSize: 13 }}>
            Năm {revision.year}:{' '}
            {revision.previousValue === null
              ? 'bổ sung'
              : `${formatValue(revision.previousValue, indicator.unit)} →`}{' '}
            {formatValue(revision.newValue, indicator.unit)} theo {amendmentName(revision.amendmentId)}
          </Typography.Text>
        ))}
      </Space>
    );

  const columns: ColumnsType<PlanIndicator> = [
    { title: 'Chỉ tiêu', dataIndex: 'name' },
    { title: 'Đơn vị tính', dataIndex: 'unit', width: 100 },
    { title: 'Mục tiêu theo năm', width: 220, render: (_, indicator) => targets(indicator) },
    { title: 'Điều chỉnh', width: 260, render: (_, indicator) => revisions(indicator) },
    {
      title: 'Cơ quan chịu trách nhiệm',
      width: 200,
      render: (_, indicator) => agencyName(indicator.responsibleAgencyId),
    },
  ];

  if (wide) {
    return (
      <Table<PlanIndicator>
        rowKey="indicatorId"
        size="small"
        columns={columns}
        dataSource={indicators}
        pagination={indicators.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: <EmptyText>{'Kế hoạch chưa có chỉ tiêu'}</EmptyText> }}
      />
    );
  }
  return (
    <List<PlanIndicator>
      dataSource={indicators}
      locale={{ emptyText: <EmptyText>{'Kế hoạch chưa có chỉ tiêu'}</EmptyText> }}
      pagination={indicators.length > 10 ? { pageSize: 10, size: 'small' } : false}
      renderItem={(indicator) => (
        <List.Item style={{ padding: 0, borderBlockEnd: 'none' }}>
          <Card size="small" style={{ marginBottom: 8, width: '100%' }}>
            <Space direction="vertical" size={4}>
              <Typography.Text strong>{indicator.name}</Typography.Text>
              {targets(indicator)}
              {revisions(indicator)}
              <Typography.Text type="secondary">{agencyName(indicator.responsibleAgencyId)}</Typography.Text>
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}
