import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AsOfControl, useAsOf } from '../../components/AsOfControl';
import { Alert, Card, Collapse, Grid, List, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, unwrap } from '../../api/client';
import type { IndicatorScore, IndicatorScoreboard } from '../../api/leadership-views';
import { dayjs, formatDate } from '../../labels/dates';
import { usePlans } from '../../hooks/use-plans';
import { PlanSelect } from '../dashboard/PlanSelect';
import { useFilterParams } from '../dashboard/use-filter-params';
import { AchievementTag } from './AchievementTag';
import { IndicatorHistory } from './IndicatorHistory';
import { formatTarget, periodLabel, withUnit } from './indicator-words';

/** Every year some plan runs in, and the current one. */
function yearsOf(periods: readonly { from: string; to: string }[]): number[] {
  const years = new Set<number>([dayjs().year()]);
  for (const period of periods) {
    for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year += 1)
      years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

function LatestValue({ indicator }: { indicator: IndicatorScore }) {
  if (!indicator.latest) return <Typography.Text type="secondary">Chưa báo cáo</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      <span>{withUnit(indicator.latest.value, indicator.unit)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {periodLabel(indicator.latest.period)}, đến {formatDate(indicator.latest.asOf)}
      </Typography.Text>
    </Space>
  );
}

/** "Chỉ tiêu": the KPI scoreboard of a year, with each target's revisions. */
export function IndicatorsPage() {
  const wide = Grid.useBreakpoint().md ?? true;
  const [params, update] = useFilterParams();
  const planId = params.get('keHoach') ?? undefined;
  const year = Number(params.get('nam')) || undefined;
  const asOf = useAsOf();

  const plans = usePlans();
  const scoreboard = useQuery({
    queryKey: ['dashboard', 'indicators', planId, year, asOf ?? null],
    queryFn: () =>
      unwrap<IndicatorScoreboard>(
        api.GET('/dashboard/indicators', { params: { query: { planId, year, asOf } } }),
      ),
    placeholderData: keepPreviousData,
  });
  const shownYear = scoreboard.data?.year ?? year ?? dayjs().year();
  const planPeriods = (plans.data ?? [])
    .filter((plan) => !planId || plan.planId === planId)
    .map((p) => p.period);
  const indicators = scoreboard.data?.indicators ?? [];

  const columns: ColumnsType<IndicatorScore> = [
    {
      title: 'Chỉ tiêu',
      key: 'name',
      render: (_, indicator) => (
        <Space direction="vertical" size={0}>
          <span>
            {indicator.code ? `${indicator.code}. ` : ''}
            {indicator.name}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {indicator.planNumber ? `Kế hoạch ${indicator.planNumber}` : 'Kế hoạch chưa có số'}
            {indicator.revisions.length > 0 ? ' · đã điều chỉnh chỉ tiêu' : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Nhóm',
      dataIndex: 'group',
      width: 130,
      render: (group: string | null) => (group ? <Tag>{group}</Tag> : '—'),
    },
    { title: 'Đơn vị tính', dataIndex: 'unit', width: 100 },
    {
      title: `Chỉ tiêu năm ${shownYear}`,
      key: 'target',
      width: 140,
      render: (_, indicator) => formatTarget(indicator.target, indicator),
    },
    {
      title: 'Kết quả mới nhất',
      key: 'latest',
      width: 170,
      render: (_, indicator) => <LatestValue indicator={indicator} />,
    },
    {
      title: 'Đánh giá',
      dataIndex: 'achieved',
      width: 130,
      render: (achieved: boolean | null) => <AchievementTag achieved={achieved} />,
    },
    {
      title: 'Cơ quan chịu trách nhiệm',
      dataIndex: 'responsibleAgencyName',
      width: 190,
      render: (name: string | null) => name ?? 'Chưa xác định',
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        Chỉ tiêu của các kế hoạch
      </Typography.Title>
      <AsOfControl />
      <Card size="small">
        <Space wrap>
          <PlanSelect value={planId} onChange={(value) => update('keHoach', value)} />
          <Select
            aria-label="Năm"
            value={shownYear}
            onChange={(value: number) => update('nam', String(value))}
            options={yearsOf(planPeriods).map((value) => ({ value, label: `Năm ${value}` }))}
            style={{ width: 140 }}
          />
        </Space>
      </Card>
      {scoreboard.error && <Alert type="error" showIcon message={scoreboard.error.message} />}
      {wide ? (
        <Table<IndicatorScore>
          rowKey="indicatorId"
          size="middle"
          loading={scoreboard.isFetching}
          columns={columns}
          dataSource={indicators}
          pagination={indicators.length > 50 ? { pageSize: 50 } : false}
          locale={{ emptyText: 'Không có chỉ tiêu phù hợp' }}
          expandable={{
            expandedRowRender: (indicator) => <IndicatorHistory indicator={indicator} />,
            expandRowByClick: false,
          }}
        />
      ) : (
        <List<IndicatorScore>
          loading={scoreboard.isFetching}
          dataSource={indicators}
          locale={{ emptyText: 'Không có chỉ tiêu phù hợp' }}
          renderItem={(indicator) => (
            <List.Item style={{ padding: 0, borderBlockEnd: 'none' }}>
              <Card size="small" style={{ marginBottom: 8, width: '100%' }}>
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Typography.Text strong>{indicator.name}</Typography.Text>
                  <Space wrap size={4}>
                    <AchievementTag achieved={indicator.achieved} />
                    {indicator.group && <Tag>{indicator.group}</Tag>}
                  </Space>
                  <span>
                    Chỉ tiêu năm {shownYear}: {formatTarget(indicator.target, indicator)}
                  </span>
                  <LatestValue indicator={indicator} />
                  <Typography.Text type="secondary">
                    {indicator.responsibleAgencyName ?? 'Chưa xác định cơ quan chịu trách nhiệm'}
                  </Typography.Text>
                  <Collapse
                    size="small"
                    items={[
                      {
                        key: 'history',
                        label: `Chỉ tiêu các năm và lịch sử điều chỉnh (${indicator.revisions.length})`,
                        children: <IndicatorHistory indicator={indicator} />,
                      },
                    ]}
                  />
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
