import { Alert, Grid } from 'antd';
import { ChartCard } from '../../components/charts/ChartCard';
import type { TaskListItem } from '../../api/views';
import type { CategoryCounts } from '../../api/views';
import { TASK_CATEGORIES } from '../../labels/task-labels';
import { dayjs } from '../../labels/dates';
import { categoryColumns } from './category-columns';
import { completionRate, stackedCategoryOption, type CountsRow } from './dashboard-numbers';
import { ALL_TASKS_LIMIT, useAllTasks } from './use-all-tasks';

function emptyCounts(): CategoryCounts {
  const counts = { total: 0, overdue: 0 } as CategoryCounts;
  for (const category of TASK_CATEGORIES) counts[category] = 0;
  return counts;
}

/** The tasks grouped by the month they are due, each month in today's report categories. */
function rowsByDueMonth(tasks: readonly TaskListItem[]): CountsRow[] {
  const months = new Map<string, CategoryCounts>();
  for (const task of tasks) {
    const month = task.dueDate ? task.dueDate.slice(0, 7) : 'none';
    const counts = months.get(month) ?? emptyCounts();
    counts[task.category] += 1;
    counts.total += 1;
    if (task.overdue) counts.overdue += 1;
    months.set(month, counts);
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b)))
    .map(([month, counts]) => ({
      key: month,
      name: month === 'none' ? 'Không có hạn' : `Tháng ${dayjs(`${month}-01`).format('MM/YYYY')}`,
      counts,
      rate: completionRate(counts),
    }));
}

/**
 * Overdue and completed tasks by the month they fall due. The read models keep no history
 * of the counts, so this is the picture of today (what is late now, by its due month), not a
 * trend over time; a real time series needs an endpoint of its own.
 */
export function DueMonthChart({
  planId,
  keepTask,
  asOf,
}: {
  planId: string | undefined;
  /** The page's other filters (kind of agency), applied to each task. */
  keepTask: (task: TaskListItem) => boolean;
  /** A past day the page looks back on. */
  asOf?: string;
}) {
  const wide = Grid.useBreakpoint().md ?? true;
  const tasks = useAllTasks(planId, true, asOf);
  const rows = rowsByDueMonth((tasks.data?.tasks ?? []).filter(keepTask));
  if (tasks.data?.tooMany) {
    return (
      <Alert
        type="info"
        showIcon
        message={`Có hơn ${ALL_TASKS_LIMIT.toLocaleString('vi-VN')} nhiệm vụ: hãy chọn một kế hoạch để xem nhiệm vụ theo tháng đến hạn.`}
      />
    );
  }
  return (
    <ChartCard<CountsRow>
      title="Nhiệm vụ theo tháng đến hạn"
      description="Tình trạng hôm nay của các nhiệm vụ, xếp theo tháng đến hạn: tháng nào dồn nhiều nhiệm vụ quá hạn, tháng nào đã hoàn thành."
      ariaLabel="Biểu đồ cột chồng: số nhiệm vụ theo tháng đến hạn và tình trạng hiện nay"
      option={stackedCategoryOption(rows, 100)}
      height={Math.max(160, rows.length * 30 + (wide ? 70 : 130))}
      columns={categoryColumns('Tháng đến hạn')}
      rows={rows}
      rowKey="key"
      loading={tasks.isLoading}
    />
  );
}
