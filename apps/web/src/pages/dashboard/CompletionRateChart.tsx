import { Grid } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ChartCard } from '../../components/charts/ChartCard';
import type { ChartOption } from '../../components/charts/echarts-setup';
import { CATEGORY_CHART_COLORS } from '../../labels/task-labels';
import { barChartHeight, completedOf, formatRate, type CountsRow } from './dashboard-numbers';

const COLUMNS: ColumnsType<CountsRow> = [
  { title: 'Đơn vị chủ trì', dataIndex: 'name', width: 220 },
  {
    title: 'Đã hoàn thành',
    key: 'done',
    align: 'right',
    render: (_, row) => completedOf(row.counts).toLocaleString('vi-VN'),
  },
  {
    title: 'Tổng số (không kể đã hủy)',
    key: 'expected',
    align: 'right',
    render: (_, row) => (row.counts.total - row.counts.cancelled).toLocaleString('vi-VN'),
  },
  { title: 'Tỷ lệ hoàn thành', key: 'rate', align: 'right', render: (_, row) => formatRate(row.rate) },
];

/** The share of each agency's tasks already completed, in percent. */
export function CompletionRateChart({ rows, loading }: { rows: CountsRow[]; loading: boolean }) {
  const wide = Grid.useBreakpoint().md ?? true;
  const option: ChartOption = {
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => `${String(value)}%`,
    },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: wide ? 20 : 50,
      axisLabel: { formatter: '{value}%', color: '#595959' },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.name),
      axisLabel: { width: wide ? 200 : 90, overflow: 'truncate', color: '#262626' },
    },
    series: [
      {
        type: 'bar',
        name: 'Tỷ lệ hoàn thành',
        barMaxWidth: 18,
        itemStyle: { color: CATEGORY_CHART_COLORS.completed_on_time },
        label: {
          show: true,
          position: 'right',
          color: '#262626',
          formatter: ({ value }) => `${String(value)}%`,
        },
        data: rows.map((row) => row.rate ?? 0),
      },
    ],
  };
  return (
    <ChartCard<CountsRow>
      title="Tỷ lệ hoàn thành theo đơn vị"
      description="Số nhiệm vụ đã hoàn thành (đúng hạn và quá hạn) trên tổng số nhiệm vụ, không kể nhiệm vụ đã hủy."
      ariaLabel="Biểu đồ cột: tỷ lệ hoàn thành nhiệm vụ của từng đơn vị chủ trì"
      option={option}
      height={barChartHeight(rows.length) - 30}
      columns={COLUMNS}
      rows={rows}
      rowKey="key"
      loading={loading}
      emptyText="Không có đơn vị nào có nhiệm vụ phù hợp"
    />
  );
}
