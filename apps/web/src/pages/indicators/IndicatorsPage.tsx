import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AsOfControl, useAsOf } from '../../components/AsOfControl';
import { Alert, Button, Card, Collapse, Grid, List, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { IndicatorScore, IndicatorScoreboard } from '../../api/leadership-views';
import { dayjs, formatDate } from '../../labels/dates';
import { usePlans } from '../../hooks/use-plans';
import { can } from '../../session/permissions';
import { useUser } from '../../session/use-session';
import { PlanSelect } from '../dashboard/PlanSelect';
import { useFilterParams } from '../dashboard/use-filter-params';
import { IndicatorHistory } from './IndicatorHistory';
import { OpenReports } from './OpenReports';
import { PendingValues } from './PendingValues';
import { ProgressTag } from './ProgressTag';
import { ReportValueModal } from './ReportValueModal';
import { ReviewValueModal, type OpenReport } from './ReviewValueModal';
import { formatTarget, periodLabel, withUnit } from './indicator-words';
import { valueActionsOf } from './value-actions';

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
  if (!indicator.latest)
    return <Typography.Text type="secondary">Chưa có số liệu được xác nhận</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      <span>{withUnit(indicator.latest.value, indicator.unit)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {periodLabel(indicator.latest.period)}, đến {formatDate(indicator.latest.asOf)}
      </Typography.Text>
    </Space>
  );
}

/** The progress tag, and how many of the year's values wait for confirmation. */
function Assessment({ indicator }: { indicator: IndicatorScore }) {
  const pending = indicator.openReports.filter((report) => report.status === 'pending').length;
  const returned = indicator.openReports.length - pending;
  return (
    <Space wrap size={4}>
      <ProgressTag progress={indicator.progress} />
      {pending > 0 && <Tag>{pending} số liệu chờ xác nhận</Tag>}
      {returned > 0 && <Tag>{returned} số liệu bị trả lại</Tag>}
    </Space>
  );
}

type Dialog =
  | { kind: 'report'; indicator: IndicatorScore; period?: string }
  | { kind: 'review'; decision: 'confirm' | 'return'; indicator: IndicatorScore; report: OpenReport };

/**
 * "Chỉ tiêu": the KPI scoreboard of a year, with each target's revisions. The agency answering
 * for an indicator reports its values here; the standing office confirms or returns them.
 */
export function IndicatorsPage() {
  const wide = Grid.useBreakpoint().md ?? true;
  const user = useUser();
  const [params, update] = useFilterParams();
  const [dialog, setDialog] = useState<Dialog | null>(null);
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
  const today = scoreboard.data?.today ?? dayjs().format('YYYY-MM-DD');
  const planPeriods = (plans.data ?? [])
    .filter((plan) => !planId || plan.planId === planId)
    .map((p) => p.period);
  const indicators = scoreboard.data?.indicators ?? [];

  // A past day (asOf) is for reading: nothing is reported or decided on it.
  const reviews = !asOf && can(user.role, 'indicators.review_values');
  const reports = (indicator: IndicatorScore) => !asOf && valueActionsOf(user, indicator).report;
  const openReview = (indicator: IndicatorScore) => (decision: 'confirm' | 'return', report: OpenReport) =>
    setDialog({ kind: 'review', decision, indicator, report });
  const review = (indicator: IndicatorScore) => (reviews ? openReview(indicator) : undefined);
  const reportAgain = (indicator: IndicatorScore) =>
    reports(indicator)
      ? (report: OpenReport) => setDialog({ kind: 'report', indicator, period: report.period })
      : undefined;
  const reportButton = (indicator: IndicatorScore) =>
    reports(indicator) ? (
      <Button size="small" onClick={() => setDialog({ kind: 'report', indicator })}>
        Báo cáo số liệu
      </Button>
    ) : null;
  const details = (indicator: IndicatorScore) => (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <OpenReports
        indicator={indicator}
        onReview={review(indicator)}
        onReportAgain={reportAgain(indicator)}
      />
      <IndicatorHistory indicator={indicator} />
    </Space>
  );

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
      width: 120,
      render: (group: string | null) => (group ? <Tag>{group}</Tag> : '—'),
    },
    {
      title: `Chỉ tiêu năm ${shownYear}`,
      key: 'target',
      width: 130,
      render: (_, indicator) => formatTarget(indicator.target, indicator),
    },
    {
      title: 'Kết quả đã xác nhận',
      key: 'latest',
      width: 170,
      render: (_, indicator) => <LatestValue indicator={indicator} />,
    },
    {
      title: 'Đánh giá',
      key: 'progress',
      width: 170,
      render: (_, indicator) => <Assessment indicator={indicator} />,
    },
    {
      title: 'Cơ quan chịu trách nhiệm',
      key: 'responsible',
      width: 190,
      render: (_, indicator) => (
        <Space direction="vertical" size={4}>
          <span>{indicator.responsibleAgencyName ?? 'Chưa xác định'}</span>
          {reportButton(indicator)}
        </Space>
      ),
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
      {reviews && <PendingValues indicators={indicators} onReview={openReview} />}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        Chỉ số liệu đã được cơ quan thường trực xác nhận mới được tính. Đúng tiến độ: kết quả đạt chỉ tiêu
        năm, hoặc đạt phần chỉ tiêu tương ứng với thời gian đã qua của năm tính đến cuối kỳ báo cáo; có nguy
        cơ: thấp hơn không quá 10%; chậm tiến độ: thấp hơn nữa. Với chỉ tiêu mức trần, vượt trần không quá 10%
        là có nguy cơ. Kỳ cuối năm: đạt hoặc không đạt.
      </Typography.Paragraph>
      {wide ? (
        <Table<IndicatorScore>
          rowKey="indicatorId"
          size="middle"
          loading={scoreboard.isFetching}
          columns={columns}
          dataSource={indicators}
          pagination={indicators.length > 50 ? { pageSize: 50 } : false}
          locale={{ emptyText: 'Không có chỉ tiêu phù hợp' }}
          expandable={{ expandedRowRender: details, expandRowByClick: false }}
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
                    <Assessment indicator={indicator} />
                    {indicator.group && <Tag>{indicator.group}</Tag>}
                  </Space>
                  <span>
                    Chỉ tiêu năm {shownYear}: {formatTarget(indicator.target, indicator)}
                  </span>
                  <LatestValue indicator={indicator} />
                  <Typography.Text type="secondary">
                    {indicator.responsibleAgencyName ?? 'Chưa xác định cơ quan chịu trách nhiệm'}
                  </Typography.Text>
                  {reportButton(indicator)}
                  <Collapse
                    size="small"
                    items={[
                      {
                        key: 'history',
                        label: `Số liệu, chỉ tiêu các năm và lịch sử điều chỉnh (${indicator.revisions.length})`,
                        children: details(indicator),
                      },
                    ]}
                  />
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
      {dialog?.kind === 'report' && (
        <ReportValueModal
          indicator={dialog.indicator}
          year={shownYear}
          today={today}
          onBehalf={valueActionsOf(user, dialog.indicator).onBehalf}
          initialPeriod={dialog.period}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'review' && (
        <ReviewValueModal
          decision={dialog.decision}
          indicator={dialog.indicator}
          report={dialog.report}
          onClose={() => setDialog(null)}
        />
      )}
    </Space>
  );
}
