import type { IndicatorDirection, IndicatorScore, TargetRevision } from '../../api/leadership-views';
import { formatDate } from '../../labels/dates';

const DIRECTION_SIGNS: Record<IndicatorDirection, string> = {
  at_least: 'Từ',
  at_most: 'Không quá',
  exactly: '',
};

export function formatNumber(value: number): string {
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

/** "85%", "12 sàn dữ liệu". */
export function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`.trim();
}

/** "85%", "Từ 85%" when the target is a floor, "Không quá 5 ngày" when a ceiling. */
export function formatTarget(
  value: number | null,
  indicator: Pick<IndicatorScore, 'unit' | 'direction'>,
): string {
  if (value === null) return 'Chưa đặt chỉ tiêu';
  const sign = DIRECTION_SIGNS[indicator.direction];
  return `${sign ? `${sign} ` : ''}${withUnit(value, indicator.unit)}`;
}

/** 2026 → "Năm 2026", 2026-H1 → "6 tháng đầu năm 2026", 2026-Q2 → "Quý II/2026", 2026-06 → "Tháng 06/2026". */
export function periodLabel(period: string): string {
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return `${half[2] === '1' ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${half[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Quý ${['I', 'II', 'III', 'IV'][Number(quarter[2]) - 1]}/${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `Tháng ${month[2]}/${month[1]}`;
  return /^\d{4}$/.test(period) ? `Năm ${period}` : 'Kỳ báo cáo khác';
}

/** The document that revised the target, as people cite it. */
export function amendingDocumentLabel(revision: TargetRevision): string {
  const name = revision.amendingDocumentNumber
    ? `Văn bản số ${revision.amendingDocumentNumber}`
    : (revision.amendingDocumentTitle ?? 'Văn bản sửa đổi, bổ sung kế hoạch');
  return revision.amendingDocumentIssuedOn
    ? `${name} ngày ${formatDate(revision.amendingDocumentIssuedOn)}`
    : name;
}
