import type { LocalDate } from '@giaoviec/kernel';
import type { Recurrence } from './recurrence';
import { daysInMonth, pad, shiftMonth, type RecurrencePeriod } from './recurrence-period';

/**
 * The day a period's report is due: `dueDayOfMonth` (the month's last day when absent or
 * past the month's end, so "day 31" is 30 June and 28 or 29 February) of the month
 * `dueMonthsAfterPeriodEnd` months after the period's last month.
 */
export function periodDeadline(recurrence: Recurrence, period: RecurrencePeriod): LocalDate {
  const [year, month] = shiftMonth(
    Number(period.end.slice(0, 4)),
    Number(period.end.slice(5, 7)),
    recurrence.dueMonthsAfterPeriodEnd ?? 0,
  );
  const lastDay = daysInMonth(year, month);
  const day = Math.min(recurrence.dueDayOfMonth ?? lastDay, lastDay);
  return `${year}-${pad(month)}-${pad(day)}`;
}
