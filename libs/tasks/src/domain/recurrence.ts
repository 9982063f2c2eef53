import type { LocalDate } from '@giaoviec/kernel';

/** How often a recurring report falls due (báo cáo định kỳ: tháng, quý, 6 tháng, năm). */
export const RECURRENCE_FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'yearly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

/**
 * A recurring report, owed once per calendar period (month, quarter, half-year, year). Each
 * period's report is due on `dueDayOfMonth` of the month `dueMonthsAfterPeriodEnd` months
 * after the period's last month: "trước ngày 20 tháng cuối quý" is day 20, 0 months after;
 * "trước ngày 15 tháng đầu quý sau" is day 15, 1 month after. Absent, the report is due on
 * the period's last day. `until` is the last day the recurrence runs (inclusive): a period
 * starting after it is not owed. Open-ended when absent.
 */
export interface Recurrence {
  readonly frequency: RecurrenceFrequency;
  readonly until?: LocalDate;
  /** 1–31; a day past the end of its month falls on the month's last day. Absent: the last day. */
  readonly dueDayOfMonth?: number;
  /** 0 (the period's last month) to 11; absent: 0. */
  readonly dueMonthsAfterPeriodEnd?: number;
}

export const MAX_DUE_MONTHS_AFTER_PERIOD_END = 11;

export function isRecurrenceFrequency(value: unknown): value is RecurrenceFrequency {
  return typeof value === 'string' && (RECURRENCE_FREQUENCIES as readonly string[]).includes(value);
}
