import { ScrollableTable } from '../../components/charts/ScrollableTable';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Grid, Progress, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, unwrap } from '../../api/client';
import type { GroupProgress, PlanDashboard } from '../../api/leadership-views';
import { formatDate } from '../../labels/dates';
import { ChartCard } from '../../components/charts/ChartCard';
import { categoryColumns } from './category-columns';
import { barChartHeight, completionRate, stackedCategoryOption, type CountsRow } from './dashboard-numbers';

const GROUP_COLUMNS: ColumnsType<GroupProgress> = [
  { title: 'Số hiệu', dataIndex: 'code', width: 110, render: (code: string | null) => code ?? '—' },
  { title: 'Nhiệm vụ giao cho nhiều đơn vị', dataIndex: 'title' },
  {
    title: 'Đã hoàn thành',
    key: 'done',
    width: 200,
    render: (_, group) => (
      <Space direction="vertical" size={0} style={{ width: '100%' }}>
        <span>
          {group.done}/{group.total} đơn vị
        </span>
        <Progress
          percent={group.total === 0 ? 0 : Math.round((group.done * 100) / group.total)}
          size="small"
          aria-label={`${group.done} trên ${group.total} đơn vị đã hoàn thành`}
        />
      </Space>
    ),
  },
  { title: 'Quá hạn', dataIndex: 'overdue', width: 90, align: 'right' },
];

/** One plan: its sections' status mix and its tasks given to every commune ("27/40 đơn vị"). */
export function PlanBreakdown({ planId, asOf }: { planId: string; asOf?: string }) {
  const wide = Grid.useBreakpoint().md ?? true;
  const dashboard = useQuery({
    queryKey: ['dashboard', 'plan', planId, asOf ?? null],
    queryFn: () =>
      unwrap<PlanDashboard>(
        api.GET('/dashboard/plans/{planId}', { params: { path: { planId }, query: { asOf } } }),
      ),
  });
  if (dashboard.error) return <Alert type="error" showIcon message={dashboard.error.message} />;
  const plan = dashboard.data?.plan;
  const sections: CountsRow[] = (dashboard.data?.sections ?? []).map((section) => ({
    key: section.section ?? 'none',
    name: section.section ? `Mục ${section.section}` : 'Chưa đánh số mục',
    counts: section.counts,
    rate: completionRate(section.counts),
  }));
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {plan && (
        <Typography.Paragraph style={{ margin: 0 }}>
          <Typography.Text strong>{plan.number ? `Kế hoạch ${plan.number}` : 'Kế hoạch'}</Typography.Text>
          {plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : ''}: {plan.title}
          {plan.periodFrom && plan.periodTo
            ? ` (thực hiện từ ${formatDate(plan.periodFrom)} đến ${formatDate(plan.periodTo)})`
            : ''}
        </Typography.Paragraph>
      )}
      <ChartCard<CountsRow>
        title="Tình trạng nhiệm vụ theo mục của kế hoạch"
        ariaLabel="Biểu đồ cột chồng: số nhiệm vụ của từng mục kế hoạch theo tình trạng"
        option={stackedCategoryOption(sections, wide ? 140 : 80)}
        height={barChartHeight(sections.length) + (wide ? 0 : 60)}
        columns={categoryColumns('Mục của kế hoạch')}
        rows={sections}
        rowKey="key"
        loading={dashboard.isLoading}
      />
      {(dashboard.data?.groups.length ?? 0) > 0 && (
        <Card
          size="small"
          title={
            <Typography.Title level={3} style={{ margin: 0, fontSize: 16, whiteSpace: 'normal' }}>
              Nhiệm vụ giao đồng loạt cho các đơn vị
            </Typography.Title>
          }
        >
          <ScrollableTable label="Nhiệm vụ giao đồng loạt: số đơn vị đã hoàn thành">
            <Table<GroupProgress>
              size="small"
              rowKey="groupId"
              columns={GROUP_COLUMNS}
              dataSource={dashboard.data?.groups ?? []}
              pagination={false}
            />
          </ScrollableTable>
        </Card>
      )}
    </Space>
  );
}
