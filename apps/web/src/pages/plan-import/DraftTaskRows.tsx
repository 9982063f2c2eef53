import { Checkbox, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ResponsiveRows } from '../pending/ResponsiveRows';
import { formatDate } from '../../labels/dates';
import type { TaskRow } from './plan-import-draft';
import type { StepProgress } from './plan-import-issuing';
import { isLocked } from './plan-import-issuing';

interface RowEditing {
  readonly agencyOptions: { value: string; label: string }[];
  readonly stepOf: (row: TaskRow) => StepProgress | undefined;
  readonly update: (key: string, change: Partial<TaskRow>) => void;
}

function Tick({ row, stepOf, update }: { row: TaskRow } & RowEditing) {
  const step = stepOf(row);
  return (
    <Space size={4} wrap>
      <Checkbox
        aria-label={`Giao nhiệm vụ ${row.code}`}
        checked={row.ticked}
        disabled={isLocked(step)}
        onChange={(event) => update(row.key, { ticked: event.target.checked })}
      />
      {step?.state === 'done' && <Tag color="success">Đã giao</Tag>}
    </Space>
  );
}

// A row already sent reads as text: what was sent, no longer a field to change.
function Title({ row, stepOf, update }: { row: TaskRow } & RowEditing) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={4}>
      {isLocked(stepOf(row)) ? (
        <Typography.Text>{row.title}</Typography.Text>
      ) : (
        <Input.TextArea
          aria-label={`Nội dung nhiệm vụ ${row.code}`}
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={row.title}
          onChange={(event) => update(row.key, { title: event.target.value })}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
        Trích văn bản — {row.quote.length > 180 ? `${row.quote.slice(0, 180)}…` : row.quote}
      </Typography.Text>
    </Space>
  );
}

function Lead({ row, stepOf, update, agencyOptions }: { row: TaskRow } & RowEditing) {
  if (isLocked(stepOf(row))) {
    return (
      <Typography.Text>{agencyOptions.find((option) => option.value === row.lead)?.label}</Typography.Text>
    );
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={4}>
      {row.unknownLead && (
        <Tag color="warning" style={{ whiteSpace: 'normal' }}>
          {row.unknownLead}: Chưa có trong danh mục
        </Tag>
      )}
      <Select
        aria-label={`Đơn vị chủ trì nhiệm vụ ${row.code}`}
        style={{ width: '100%' }}
        placeholder="Chọn đơn vị"
        showSearch
        optionFilterProp="label"
        options={agencyOptions}
        value={row.lead ?? undefined}
        onChange={(lead: string) => update(row.key, { lead })}
      />
    </Space>
  );
}

function Deadline({ row, stepOf, update }: { row: TaskRow } & RowEditing) {
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      {isLocked(stepOf(row)) ? (
        <Typography.Text>{row.dueDate ? formatDate(row.dueDate) : 'Ngày kết thúc kế hoạch'}</Typography.Text>
      ) : (
        <Input
          type="date"
          aria-label={`Hạn nhiệm vụ ${row.code}`}
          value={row.dueDate ?? ''}
          onChange={(event) => update(row.key, { dueDate: event.target.value || null })}
        />
      )}
      {row.deadlineText && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Văn bản ghi: “{row.deadlineText}”
        </Typography.Text>
      )}
    </Space>
  );
}

/**
 * The draft's candidate tasks to review: a table on a desktop, a card each on a phone. A row
 * already sent to the API is locked: sent again, it must be the same request.
 */
export function DraftTaskRows({ rows, ...editing }: { rows: TaskRow[] } & RowEditing) {
  const columns: ColumnsType<TaskRow> = [
    { title: 'Giao', width: 90, render: (_, row) => <Tick row={row} {...editing} /> },
    { title: 'Mã', dataIndex: 'code', width: 90 },
    { title: 'Nhiệm vụ', render: (_, row) => <Title row={row} {...editing} /> },
    { title: 'Đơn vị chủ trì', width: 260, render: (_, row) => <Lead row={row} {...editing} /> },
    { title: 'Hạn hoàn thành', width: 170, render: (_, row) => <Deadline row={row} {...editing} /> },
  ];
  return (
    <ResponsiveRows<TaskRow>
      rows={rows}
      rowKey="key"
      columns={columns}
      size="small"
      emptyText="Văn bản không có nhiệm vụ nào để giao"
      card={(row) => (
        <Space direction="vertical" style={{ width: '100%' }} size={8}>
          <Space size={8}>
            <Tick row={row} {...editing} />
            <Typography.Text strong>Nhiệm vụ {row.code}</Typography.Text>
          </Space>
          <Title row={row} {...editing} />
          <Typography.Text type="secondary">Đơn vị chủ trì</Typography.Text>
          <Lead row={row} {...editing} />
          <Typography.Text type="secondary">Hạn hoàn thành</Typography.Text>
          <Deadline row={row} {...editing} />
        </Space>
      )}
    />
  );
}
