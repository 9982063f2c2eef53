import type { LocalDate } from '@giaoviec/kernel';

/** How often a recurring report falls due (báo cáo định kỳ: tháng, quý, 6 tháng, năm). */
export const RECURRENCE_FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'yearly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

/**
 * A recurring report: the task's `dueDate` (when set) is the deadline of the period in
 * hand; `until` is the last day the recurrence runs (inclusive), open-ended when absent.
 */
export interface Recurrence {
  readonly frequency: RecurrenceFrequency;
  readonly until?: LocalDate;
}

export function isRecurrenceFrequency(value: unknown): value is RecurrenceFrequency {
  return typeof value === 'string' && (RECURRENCE_FREQUENCIES as readonly string[]).includes(value);
}
