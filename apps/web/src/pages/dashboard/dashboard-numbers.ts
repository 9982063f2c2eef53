import type { CategoryCounts } from '../../api/views';
import type { AgencyCounts } from '../../api/leadership-views';
import { CATEGORY_CHART_COLORS, CATEGORY_LABELS, TASK_CATEGORIES } from '../../labels/task-labels';
import type { ChartOption } from '../../components/charts/echarts-setup';

/** Completed, on time or late (awaiting review or accepted). */
export function completedOf(counts: CategoryCounts): number {
  return counts.completed_on_time + counts.completed_late;
}

/**
 * Completion rate in percent: completed over the tasks still expected, i.e. without the
 * cancelled ones; null when nothing is expected.
 */
export function completionRate(counts: CategoryCounts): number | null {
  const expected = counts.total - counts.cancelled;
  return expected <= 0 ? null : Math.round((completedOf(counts) * 1000) / expected) / 10;
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${rate.toLocaleString('vi-VN')}%`;
}

/** The agency as people call it: its short name, else its name, never its id. */
export function agencyLabel(agency: Pick<AgencyCounts, 'agencyName' | 'shortName'>): string {
  return agency.shortName ?? agency.agencyName ?? 'Đơn vị chưa xác định';
}

/** A row of a chart's table: a name, the counts and the rate. */
export interface CountsRow {
  key: string;
  name: string;
  counts: CategoryCounts;
  rate: number | null;
  /** The units counted in this row (a department's centres), opened beneath it in the table. */
  children?: CountsRow[];
}

/** An agency's row, its units (already counted in it) as rows of their own beneath it. */
export function agencyCountsRow(agency: AgencyCounts): CountsRow {
  const units = agency.units ?? [];
  return {
    key: agency.agencyId,
    name: agencyLabel(agency),
    counts: agency.counts,
    rate: completionRate(agency.counts),
    ...(units.length > 0 ? { children: units.map(agencyCountsRow) } : {}),
  };
}

/**
 * A horizontal stacked bar per row (agency, section, month) in the report categories with
 * their colours; the first row at the top.
 */
export function stackedCategoryOption(rows: readonly CountsRow[], labelWidth: number): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll', textStyle: { color: '#262626' } },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#595959' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.name),
      axisLabel: { width: labelWidth, overflow: 'truncate', color: '#262626' },
    },
    series: TASK_CATEGORIES.map((category) => ({
      type: 'bar' as const,
      name: CATEGORY_LABELS[category].label,
      stack: 'tong',
      barMaxWidth: 22,
      itemStyle: { color: CATEGORY_CHART_COLORS[category] },
      emphasis: { focus: 'series' as const },
      data: rows.map((row) => row.counts[category]),
    })),
  };
}

/** Height of a horizontal bar chart with this many rows. */
export function barChartHeight(rowCount: number): number {
  return Math.max(160, rowCount * 30 + 70);
}
