import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AgencyDashboard } from '../../api/leadership-views';
import { ScrollableTable } from '../../components/charts/ScrollableTable';
import { agencyLabel } from './dashboard-numbers';
import { EmptyText } from '../pending/EmptyText';

/** One agency's two records: as lead (chủ trì) and as coordinating agency (phối hợp). */
interface RecordsRow {
  key: string;
  name: string;
  lead: { tasks: number; onTime: number; late: number; overdue: number };
  coordinator: { tasks: number; onTime: number; late: number; overdue: number; notAcknowledged: number };
}

const NONE = { tasks: 0, onTime: 0, late: 0, overdue: 0 };

/** Every agency that leads or coordinates a task, its two records side by side, most tasks first. */
export function recordsRows(dashboard: AgencyDashboard): RecordsRow[] {
  const rows = new Map<string, RecordsRow>();
  for (const agency of dashboard.agencies) {
    rows.set(agency.agencyId, {
      key: agency.agencyId,
      name: agencyLabel(agency),
      lead: {
        tasks: agency.counts.total - agency.counts.cancelled,
        onTime: agency.counts.completed_on_time,
        late: agency.counts.completed_late,
        overdue: agency.counts.overdue,
      },
      coordinator: { ...NONE, notAcknowledged: 0 },
    });
  }
  for (const agency of dashboard.coordinators) {
    const { tasks, on_time, late, overdue, not_acknowledged } = agency.counts;
    rows.set(agency.agencyId, {
      key: agency.agencyId,
      name: agencyLabel(agency),
      lead: rows.get(agency.agencyId)?.lead ?? NONE,
      coordinator: { tasks, onTime: on_time, late, overdue, notAcknowledged: not_acknowledged },
    });
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.lead.tasks + b.coordinator.tasks - (a.lead.tasks + a.coordinator.tasks) ||
      a.name.localeCompare(b.name, 'vi'),
  );
}

const number = (value: number) => value.toLocaleString('vi-VN');

function recordColumns(
  role: 'lead' | 'coordinator',
  title: string,
  onTimeTitle: string,
): ColumnsType<RecordsRow>[number] {
  const cell = (pick: (row: RecordsRow) => number) => (_: unknown, row: RecordsRow) => number(pick(row));
  return {
    title,
    children: [
      { title: 'Số nhiệm vụ', key: `${role}-tasks`, align: 'right', render: cell((row) => row[role].tasks) },
      { title: onTimeTitle, key: `${role}-on-time`, align: 'right', render: cell((row) => row[role].onTime) },
      { title: 'Trễ hạn', key: `${role}-late`, align: 'right', render: cell((row) => row[role].late) },
      {
        title: 'Đang quá hạn',
        key: `${role}-overdue`,
        align: 'right',
        render: cell((row) => row[role].overdue),
      },
    ],
  };
}

const COLUMNS: ColumnsType<RecordsRow> = [
  { title: 'Đơn vị', dataIndex: 'name', width: 200 },
  recordColumns('lead', 'Chủ trì', 'Hoàn thành đúng hạn'),
  recordColumns('coordinator', 'Phối hợp', 'Báo cáo đúng hạn'),
  {
    title: 'Phối hợp chưa tiếp nhận',
    key: 'coordinator-not-acknowledged',
    align: 'right',
    render: (_: unknown, row: RecordsRow) => number(row.coordinator.notAcknowledged),
  },
];

/** "Chủ trì và phối hợp": the two records of each agency, side by side. */
export function LeadAndCoordinatorRecords({
  dashboard,
  loading,
}: {
  dashboard: AgencyDashboard | undefined;
  loading: boolean;
}) {
  return (
    <Card size="small" title="Kết quả theo vai trò: chủ trì và phối hợp">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Phối hợp đúng hạn: đơn vị báo cáo phần phối hợp trước thời hạn hiện hành của nhiệm vụ; đang quá hạn:
        chưa báo cáo mà nhiệm vụ đã quá hạn và chưa kết thúc.
      </Typography.Paragraph>
      <ScrollableTable label="Bảng kết quả chủ trì và phối hợp của từng đơn vị">
        <Table<RecordsRow>
          size="small"
          bordered
          columns={COLUMNS}
          dataSource={dashboard ? recordsRows(dashboard) : []}
          loading={loading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyText>Không có đơn vị nào có nhiệm vụ phù hợp</EmptyText> }}
        />
      </ScrollableTable>
    </Card>
  );
}
