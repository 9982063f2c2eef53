import type { Dayjs } from 'dayjs';
import { dayjs } from './dates';

/**
 * The dates a deadline may take, as the API decides them: from today to the last day of the
 * plan's period; an old plan entered after the fact may also take past dates. Greyed out in
 * the picker so nobody picks a date only to have it refused.
 */
export function outsideDeadlineBounds(options: { planEndsOn?: string | null; allowPast?: boolean }) {
  const { planEndsOn, allowPast = false } = options;
  return (day: Dayjs): boolean =>
    (!allowPast && day.isBefore(dayjs(), 'day')) ||
    (Boolean(planEndsOn) && day.isAfter(dayjs(planEndsOn, 'YYYY-MM-DD'), 'day'));
}
