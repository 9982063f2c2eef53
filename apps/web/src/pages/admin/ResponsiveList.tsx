import type { ReactNode } from 'react';
import { Card, Grid, List, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';

/** A table on a desktop, a list of cards on a phone (360 px), with the same rows. */
export function ResponsiveList<Row extends object>({
  rowKey,
  rows,
  columns,
  loading,
  emptyText,
  countLabel,
  card,
}: {
  rowKey: keyof Row & string;
  rows: Row[];
  columns: ColumnsType<Row>;
  loading: boolean;
  emptyText: string;
  /** `12` → `12 tài khoản`. */
  countLabel: (total: number) => string;
  card: (row: Row) => ReactNode;
}) {
  const wide = Grid.useBreakpoint().md ?? true;
  if (wide) {
    return (
      <Table<Row>
        rowKey={rowKey}
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: countLabel }}
      />
    );
  }
  return (
    <List<Row>
      loading={loading}
      dataSource={rows}
      rowKey={rowKey}
      locale={{ emptyText }}
      pagination={{ defaultPageSize: 10, size: 'small', showSizeChanger: false }}
      renderItem={(row) => (
        <List.Item style={{ padding: 0, border: 'none' }}>
          <Card size="small" style={{ marginBottom: 8, width: '100%' }}>
            {card(row)}
          </Card>
        </List.Item>
      )}
    />
  );
}
