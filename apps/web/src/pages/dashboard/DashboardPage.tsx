import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Space, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import type { AgencyDashboard } from '../../api/leadership-views';
import type { TaskListItem } from '../../api/views';
import { AgencyKindSelect, agencyKindOf } from '../../components/AgencyKindSelect';
import { formatDate } from '../../labels/dates';
import { PlanSelect } from './PlanSelect';
import { AsOfControl, useAsOf } from '../../components/AsOfControl';
import { useFilterParams } from './use-filter-params';
import { useAgencies } from '../../hooks/use-agencies';
import { agencyCountsRow, agencyLabel, type CountsRow } from './dashboard-numbers';
import { SummaryStatistics } from './SummaryStatistics';
import { AgencyStatusChart } from './AgencyStatusChart';
import { CompletionRateChart } from './CompletionRateChart';
import { DueMonthChart } from './DueMonthChart';
import { PlanBreakdown } from './PlanBreakdown';
import { LeadAndCoordinatorRecords } from './LeadAndCoordinatorRecords';

const TOP_SIZES = [10, 20, 50];

/** "Tổng quan": how the agencies are doing, for the leadership and the Steering Committee. */
export function DashboardPage() {
  const [params, update] = useFilterParams();
  const planId = params.get('keHoach') ?? undefined;
  const kind = agencyKindOf(params.get('loai'));
  const top = Number(params.get('so')) || 10;
  const asOf = useAsOf();

  const agencies = useAgencies();
  const dashboard = useQuery({
    queryKey: ['dashboard', 'agencies', planId, kind, asOf ?? null],
    queryFn: () =>
      unwrap<AgencyDashboard>(api.GET('/dashboard/agencies', { params: { query: { planId, kind, asOf } } })),
    placeholderData: keepPreviousData,
  });

  const everyAgency: CountsRow[] = [...(dashboard.data?.agencies ?? [])]
    .sort((a, b) => b.counts.total - a.counts.total || agencyLabel(a).localeCompare(agencyLabel(b), 'vi'))
    .map(agencyCountsRow);
  const shown = top > 0 ? everyAgency.slice(0, top) : everyAgency;
  const note =
    shown.length < everyAgency.length
      ? `${shown.length} trong ${everyAgency.length} đơn vị có nhiều nhiệm vụ nhất.`
      : `${everyAgency.length} đơn vị chủ trì.`;

  const kindOf = new Map((agencies.data ?? []).map((agency) => [agency.agencyId, agency.kind]));
  const keepTask = (task: TaskListItem) => !kind || kindOf.get(task.leadAgencyId) === kind;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        Tổng quan tình hình thực hiện nhiệm vụ
      </Typography.Title>
      <AsOfControl />
      {dashboard.data && (
        <Typography.Text type="secondary">
          Số liệu đến ngày {formatDate(dashboard.data.today)}.
        </Typography.Text>
      )}
      <Card size="small">
        <Space wrap>
          <PlanSelect value={planId} onChange={(value) => update('keHoach', value)} />
          <AgencyKindSelect value={kind} onChange={(value) => update('loai', value)} />
          <Select
            aria-label="Số đơn vị trên biểu đồ"
            value={top}
            onChange={(value: number) => update('so', value === 10 ? undefined : String(value))}
            options={[
              ...TOP_SIZES.map((size) => ({ value: size, label: `${size} đơn vị nhiều nhiệm vụ nhất` })),
              { value: -1, label: 'Tất cả đơn vị' },
            ]}
            style={{ width: 250, maxWidth: '100%' }}
          />
        </Space>
      </Card>
      {dashboard.error && <Alert type="error" showIcon message={dashboard.error.message} />}
      <SummaryStatistics totals={dashboard.data?.totals} loading={dashboard.isLoading} />
      <AgencyStatusChart rows={shown} loading={dashboard.isLoading} note={note} />
      <CompletionRateChart rows={shown} loading={dashboard.isLoading} />
      <LeadAndCoordinatorRecords dashboard={dashboard.data} loading={dashboard.isLoading} />
      <DueMonthChart planId={planId} keepTask={keepTask} asOf={asOf} />
      {planId ? (
        <PlanBreakdown planId={planId} asOf={asOf} />
      ) : (
        <Alert
          type="info"
          showIcon
          message="Chọn một kế hoạch để xem tình hình theo từng mục của kế hoạch."
        />
      )}
    </Space>
  );
}
