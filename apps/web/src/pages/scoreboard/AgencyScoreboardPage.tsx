import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, unwrap } from '../../api/client';
import type { AgencyScoreboard, ScoreboardEntry } from '../../api/leadership-views';
import { ScrollableTable } from '../../components/charts/ScrollableTable';
import { formatDate, HUE_TIME_ZONE } from '../../labels/dates';
import { AgencyKindSelect, agencyKindOf } from '../../components/AgencyKindSelect';
import { agencyLabel, formatRate } from '../dashboard/dashboard-numbers';
import { useFilterParams } from '../dashboard/use-filter-params';
import {
  PERIOD_PRESET_LABELS,
  PERIOD_PRESETS,
  periodDates,
  quarterOf,
  type PeriodPreset,
} from './scoreboard-periods';

const TODAY_IN_HUE = new Intl.DateTimeFormat('en-CA', { timeZone: HUE_TIME_ZONE }).format(new Date());
const THIS_YEAR = Number(TODAY_IN_HUE.slice(0, 4));
const YEARS = [THIS_YEAR - 2, THIS_YEAR - 1, THIS_YEAR, THIS_YEAR + 1];

/** The ordering rule as the Steering Committee reads it (the API states the same rule). */
const ORDERING_RULE =
  'Xếp hạng lần lượt theo: (1) tỷ lệ hoàn thành đúng hạn khi chủ trì, cao trước (đơn vị không có nhiệm vụ chủ trì đến hạn xếp sau); ' +
  '(2) ít nhiệm vụ chủ trì còn quá hạn hơn; (3) tỷ lệ báo cáo phối hợp đúng hạn, cao trước; (4) ít phần phối hợp quá hạn hơn; ' +
  '(5) nhiều nhiệm vụ chủ trì đến hạn hơn. Các đơn vị bằng nhau ở cả năm tiêu chí cùng hạng.';

const number = (value: number) => value.toLocaleString('vi-VN');

/** A right-aligned count (or rate) of an entry. */
const column = (
  title: string,
  key: string,
  show: (entry: ScoreboardEntry) => string,
): ColumnsType<ScoreboardEntry>[number] => ({
  title,
  key,
  align: 'right',
  render: (_: unknown, entry: ScoreboardEntry) => show(entry),
});

const COLUMNS: ColumnsType<ScoreboardEntry> = [
  {
    title: 'Hạng',
    dataIndex: 'rank',
    width: 64,
    align: 'center',
    render: (rank: number) => <Tag color={rank <= 3 ? 'gold' : 'default'}>{rank}</Tag>,
  },
  {
    title: 'Đơn vị',
    key: 'name',
    width: 200,
    render: (_: unknown, entry: ScoreboardEntry) => agencyLabel(entry),
  },
  {
    title: 'Chủ trì',
    children: [
      column('Đến hạn trong kỳ', 'due', (e) => number(e.lead.due)),
      column('Đúng hạn', 'on-time', (e) => number(e.lead.completed_on_time)),
      column('Trễ hạn', 'late', (e) => number(e.lead.completed_late)),
      column('Còn quá hạn', 'overdue', (e) => number(e.lead.still_overdue)),
      column('Tỷ lệ đúng hạn', 'rate', (e) => formatRate(e.leadOnTimeRate)),
    ],
  },
  {
    title: 'Phối hợp',
    children: [
      column('Số nhiệm vụ', 'c-tasks', (e) => number(e.coordinator.tasks)),
      column('Đúng hạn', 'c-on-time', (e) => number(e.coordinator.on_time)),
      column('Trễ hạn', 'c-late', (e) => number(e.coordinator.late)),
      column('Quá hạn', 'c-overdue', (e) => number(e.coordinator.overdue)),
      column('Tỷ lệ đúng hạn', 'c-rate', (e) => formatRate(e.coordinatorOnTimeRate)),
    ],
  },
];

/** "Xếp hạng đơn vị": the ranking the standing office reports to the Steering Committee for a period. */
export function AgencyScoreboardPage() {
  const [params, update] = useFilterParams();
  const year = YEARS.includes(Number(params.get('nam'))) ? Number(params.get('nam')) : THIS_YEAR;
  const presetParam = params.get('ky') as PeriodPreset | null;
  const preset = presetParam && PERIOD_PRESETS.includes(presetParam) ? presetParam : quarterOf(TODAY_IN_HUE);
  const kind = agencyKindOf(params.get('loai'));
  const { from, to } = periodDates(year, preset);

  const board = useQuery({
    queryKey: ['dashboard', 'agency-scoreboard', from, to, kind],
    queryFn: () =>
      unwrap<AgencyScoreboard>(
        api.GET('/dashboard/agency-scoreboard', { params: { query: { from, to, kind } } }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        Xếp hạng đơn vị
      </Typography.Title>
      <Typography.Text type="secondary">
        Kỳ từ {formatDate(from)} đến {formatDate(to)}: các nhiệm vụ có thời hạn hiện hành trong kỳ.
        {board.data ? ` Số quá hạn tính đến ngày ${formatDate(board.data.today)}.` : ''}
      </Typography.Text>
      <Card size="small">
        <Space wrap>
          <Select
            aria-label="Năm"
            value={year}
            onChange={(value: number) => update('nam', String(value))}
            options={YEARS.map((value) => ({ value, label: `Năm ${value}` }))}
            style={{ width: 130 }}
          />
          <Select
            aria-label="Kỳ báo cáo"
            value={preset}
            onChange={(value: PeriodPreset) => update('ky', value)}
            options={PERIOD_PRESETS.map((value) => ({ value, label: PERIOD_PRESET_LABELS[value] }))}
            style={{ width: 200 }}
          />
          <AgencyKindSelect value={kind} onChange={(value) => update('loai', value)} />
        </Space>
      </Card>
      {board.error && <Alert type="error" showIcon message={board.error.message} />}
      <ScrollableTable label="Bảng xếp hạng đơn vị">
        <Table<ScoreboardEntry>
          size="small"
          bordered
          rowKey="agencyId"
          columns={COLUMNS}
          dataSource={board.data?.agencies ?? []}
          loading={board.isLoading}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: 'Không có đơn vị nào có nhiệm vụ đến hạn trong kỳ' }}
        />
      </ScrollableTable>
      <Alert type="info" showIcon message="Cách xếp hạng" description={ORDERING_RULE} />
    </Space>
  );
}
