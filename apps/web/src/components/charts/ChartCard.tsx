import { ScrollableTable } from './ScrollableTable';
import { useState, type ReactNode } from 'react';
import { Button, Card, Empty, Space, Table, Typography } from 'antd';
import { TableOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { EChart } from './EChart';
import type { ChartOption } from './echarts-setup';

interface ChartCardProps<Row> {
  title: string;
  description?: ReactNode;
  /** Filters or notes shown at the right of the title. */
  extra?: ReactNode;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
  option: ChartOption;
  height: number;
  /** The same numbers as the chart, as a table. */
  columns: ColumnsType<Row>;
  rows: Row[];
  rowKey: keyof Row & string;
  loading?: boolean;
  emptyText?: string;
}

/** A chart with its numbers one click away ("Xem số liệu"), so nothing is only in a picture. */
export function ChartCard<Row extends object>({
  title,
  description,
  extra,
  ariaLabel,
  option,
  height,
  columns,
  rows,
  rowKey,
  loading,
  emptyText = 'Chưa có số liệu',
}: ChartCardProps<Row>) {
  const [showTable, setShowTable] = useState(false);
  return (
    <Card
      size="small"
      loading={loading}
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16, whiteSpace: 'normal' }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        {description && <Typography.Text type="secondary">{description}</Typography.Text>}
        {rows.length === 0 ? (
          <Empty description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <EChart option={option} ariaLabel={ariaLabel} height={height} />
        )}
        <Button
          icon={<TableOutlined />}
          aria-expanded={showTable}
          onClick={() => setShowTable((shown) => !shown)}
          disabled={rows.length === 0}
        >
          {showTable ? 'Ẩn số liệu' : 'Xem số liệu'}
        </Button>
        {showTable && (
          <ScrollableTable label={`Số liệu: ${title}`}>
            <Table<Row>
              size="small"
              rowKey={rowKey}
              columns={columns}
              dataSource={rows}
              pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              locale={{ emptyText }}
            />
          </ScrollableTable>
        )}
      </Space>
    </Card>
  );
}
