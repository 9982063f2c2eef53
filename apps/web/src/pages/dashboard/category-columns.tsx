import type { ColumnsType } from 'antd/es/table';
import { CATEGORY_LABELS, TASK_CATEGORIES } from '../../labels/task-labels';
import { completedOf, formatRate, type CountsRow } from './dashboard-numbers';

/** The columns of a chart's numbers: the name, each report category, the total and the completion rate. */
export function categoryColumns(nameTitle: string): ColumnsType<CountsRow> {
  return [
    { title: nameTitle, dataIndex: 'name', width: 200 },
    ...TASK_CATEGORIES.map((category) => ({
      title: CATEGORY_LABELS[category].label,
      key: category,
      align: 'right' as const,
      render: (_: unknown, row: CountsRow) => row.counts[category].toLocaleString('vi-VN'),
    })),
    {
      title: 'Tổng số',
      key: 'total',
      align: 'right' as const,
      render: (_: unknown, row: CountsRow) => row.counts.total.toLocaleString('vi-VN'),
    },
    {
      title: 'Quá hạn',
      key: 'overdue',
      align: 'right' as const,
      render: (_: unknown, row: CountsRow) => row.counts.overdue.toLocaleString('vi-VN'),
    },
    {
      title: 'Tỷ lệ hoàn thành',
      key: 'rate',
      align: 'right' as const,
      render: (_: unknown, row: CountsRow) => formatRate(row.rate),
    },
  ];
}

/** Of the tasks completed, the share on time against a deadline; null when none is completed. */
export function onTimeRate(onTime: number, counts: CountsRow['counts']): number | null {
  const completed = completedOf(counts);
  return completed === 0 ? null : Math.round((onTime * 1000) / completed) / 10;
}

/** The agency dashboard's deadline figures: extensions, and completions judged against both deadlines. */
export function deadlineColumns(): ColumnsType<CountsRow> {
  const count = (key: 'extended' | 'extensions_granted') => (_: unknown, row: CountsRow) =>
    row.counts[key].toLocaleString('vi-VN');
  return [
    { title: 'Số nhiệm vụ được gia hạn', key: 'extended', align: 'right', render: count('extended') },
    { title: 'Số lần gia hạn', key: 'extensions', align: 'right', render: count('extensions_granted') },
    {
      title: 'Đúng hạn (theo hạn hiện hành)',
      key: 'on-time-in-force',
      align: 'right',
      render: (_: unknown, row: CountsRow) =>
        formatRate(onTimeRate(row.counts.completed_on_time_in_force, row.counts)),
    },
    {
      title: 'Đúng hạn (theo hạn ban đầu)',
      key: 'on-time-original',
      align: 'right',
      render: (_: unknown, row: CountsRow) =>
        formatRate(onTimeRate(row.counts.completed_on_time_original, row.counts)),
    },
  ];
}
