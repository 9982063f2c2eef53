import type { ColumnsType } from 'antd/es/table';
import { CATEGORY_LABELS, TASK_CATEGORIES } from '../../labels/task-labels';
import { formatRate, type CountsRow } from './dashboard-numbers';

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
