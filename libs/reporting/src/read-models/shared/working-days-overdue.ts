import { addDays, vietnamWorkingDays, type LocalDate } from '@giaoviec/kernel';

/**
 * Working days past a deadline ("quá hạn 3 ngày làm việc"), from the calendar days the SQL
 * counts: the deadline and the day overdue is measured to are both known from them. Days not
 * yet announced count by their weekday: this is a figure for display, re-derived each query.
 * Ordering by calendar days orders by working days too (for a fixed end day, an earlier
 * deadline never has fewer working days), so the SQL keeps sorting by calendar days.
 */
export function workingDaysOverdue(countedFrom: LocalDate | null, calendarDays: number): number {
  if (countedFrom === null || calendarDays <= 0) return 0;
  return vietnamWorkingDays.workingDaysBetweenBestKnown(countedFrom, addDays(countedFrom, calendarDays));
}
