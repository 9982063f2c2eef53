import type { TaskDetail } from '../api/views';
import { dayjs } from './dates';

type Recurrence = NonNullable<TaskDetail['recurrence']>;

const MONTHS_PER_PERIOD: Record<Recurrence['frequency'], number> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  yearly: 12,
};

/** A period owed, by its year and place in that year (from 0), with its report's deadline. */
export interface FirstReport {
  readonly year: number;
  readonly index: number;
  readonly dueDate: string;
}

/**
 * The first report a new recurring task will owe: the first period whose deadline is today or
 * later, as the API picks it when no due date is sent (so the dialog can say it beforehand).
 * Undefined when `until` ends the recurrence before that period starts.
 */
export function firstReportDue(recurrence: Recurrence, today: string): FirstReport | undefined {
  const length = MONTHS_PER_PERIOD[recurrence.frequency];
  const monthsAfter = recurrence.dueMonthsAfterPeriodEnd ?? 0;
  // A deadline can fall months after its period: start a year and those months back.
  const from = dayjs(today, 'YYYY-MM-DD').subtract(monthsAfter + 12, 'month');
  let start = from.startOf('year').add(Math.floor(from.month() / length) * length, 'month');
  for (;;) {
    const dueMonth = start.add(length - 1 + monthsAfter, 'month');
    const day = Math.min(recurrence.dueDayOfMonth ?? 31, dueMonth.daysInMonth());
    const dueDate = dueMonth.date(day).format('YYYY-MM-DD');
    if (dueDate >= today) {
      if (recurrence.until !== undefined && start.format('YYYY-MM-DD') > recurrence.until) return undefined;
      return { year: start.year(), index: Math.floor(start.month() / length), dueDate };
    }
    start = start.add(length, 'month');
  }
}
