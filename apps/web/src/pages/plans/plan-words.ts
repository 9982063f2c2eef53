import type { IndicatorDirection } from '../../api/standing-office-views';

export const PLAN_STATUS_LABELS: Record<string, { label: string; color: string }> = {
  open: { label: 'Đang thực hiện', color: 'processing' },
  issued: { label: 'Đang thực hiện', color: 'processing' },
  closed: { label: 'Đã kết thúc', color: 'default' },
};

export function planStatusLabel(status: string) {
  return PLAN_STATUS_LABELS[status] ?? { label: 'Không xác định', color: 'default' };
}

/** How a target is read: "Tối thiểu 80%", "Tối đa 5 ngày", "Đúng bằng 100%". */
export const DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  at_least: 'Tối thiểu',
  at_most: 'Tối đa',
  exactly: 'Đúng bằng',
};

/** A number as Vietnamese write it (comma for decimals, dot for thousands), with its unit. */
export function formatValue(value: number, unit: string): string {
  const text = value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}
