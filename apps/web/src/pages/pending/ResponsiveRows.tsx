import type { ReactNode } from 'react';
import { Card, Grid, List, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EmptyText } from './EmptyText';

/** Rows as a table on a desktop and as a list of cards on a phone (360 px). */
export function ResponsiveRows<Row extends object>({
  rows,
  rowKey,
  columns,
  card,
  emptyText,
  loading,
  size,
}: {
  rows: readonly Row[];
  rowKey: keyof Row & string;
  columns: ColumnsType<Row>;
  card: (row: Row) => ReactNode;
  emptyText: string;
  loading?: boolean;
  size?: 'small' | 'middle';
}) {
  const wide = Grid.useBreakpoint().md ?? true;
  if (wide) {
    return (
      <Table<Row>
        rowKey={rowKey}
        size={size}
        loading={loading}
        columns={columns}
        dataSource={[...rows]}
        pagination={false}
        locale={{ emptyText: <EmptyText>{emptyText}</EmptyText> }}
      />
    );
  }
  return (
    <List<Row>
      loading={loading}
      dataSource={[...rows]}
      locale={{ emptyText: <EmptyText>{emptyText}</EmptyText> }}
      renderItem={(row) => (
        // A list item per card: axe wants the list's children to be items.
        <List.Item style={{ padding: 0, borderBlockEnd: 'none' }}>
          <Card size="small" style={{ marginBottom: 8, width: '100%' }}>
            {card(row)}
          </Card>
        </List.Item>
      )}
    />
  );
}
