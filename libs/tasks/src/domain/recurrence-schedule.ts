import type { LocalDate } from '@giaoviec/kernel';
import type { Recurrence } from './recurrence';
import { periodDeadline } from './recurrence-deadline';
import { periodAfter, periodContaining, shiftMonth, pad, type RecurrencePeriod } from './recurrence-period';

/** A period owed, with the day its report is due. */
export interface DuePeriod {
  readonly period: RecurrencePeriod;
  readonly dueDate: LocalDate;
}

/**
 * Which periods a recurrence owes, in order. A period is owed when it starts on or before
 * `until`; its deadline may fall after `until` (the report on the last quarter is due in
 * January), which is why the recurrence ends by period start, not by deadline.
 */

/** The first period whose report is due on or after `date`; undefined when none is owed from then on. */
export function firstPeriodDueOnOrAfter(recurrence: Recurrence, date: LocalDate): DuePeriod | undefined {
  // Start early enough that a deadline months after its period is not skipped.
  const [year, month] = shiftMonth(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    -((recurrence.dueMonthsAfterPeriodEnd ?? 0) + 12),
  );
  let period = periodContaining(recurrence.frequency, `${year}-${pad(month)}-01`);
  while (periodDeadline(recurrence, period) < date) period = periodAfter(recurrence.frequency, period);
  return owed(recurrence, period);
}

/** The period owed after `period`; undefined once the recurrence has ended. */
export function nextDuePeriod(recurrence: Recurrence, period: RecurrencePeriod): DuePeriod | undefined {
  return owed(recurrence, periodAfter(recurrence.frequency, period));
}

function owed(recurrence: Recurrence, period: RecurrencePeriod): DuePeriod | undefined {
  if (recurrence.until !== undefined && period.start > recurrence.until) return undefined;
  return { period, dueDate: periodDeadline(recurrence, period) };
}
