import { Grid } from 'antd';
import { ChartCard } from '../../components/charts/ChartCard';
import { categoryColumns, deadlineColumns } from './category-columns';
import { barChartHeight, stackedCategoryOption, type CountsRow } from './dashboard-numbers';

/** The status mix of each lead agency's tasks, one stacked bar per agency. */
export function AgencyStatusChart({
  rows,
  loading,
  note,
}: {
  rows: CountsRow[];
  loading: boolean;
  note: string;
}) {
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <ChartCard<CountsRow>
      title="Tình trạng nhiệm vụ theo đơn vị chủ trì"
      description={note}
      ariaLabel="Biểu đồ cột chồng: số nhiệm vụ của từng đơn vị chủ trì theo tình trạng"
      option={stackedCategoryOption(rows, wide ? 200 : 90)}
      height={barChartHeight(rows.length) + (wide ? 0 : 60)}
      columns={[...categoryColumns('Đơn vị chủ trì'), ...deadlineColumns()]}
      rows={rows}
      rowKey="key"
      loading={loading}
      emptyText="Không có đơn vị nào có nhiệm vụ phù hợp"
    />
  );
}
