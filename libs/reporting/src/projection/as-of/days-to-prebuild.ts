import { addDays, type LocalDate } from '@giaoviec/kernel';

/** The last day of its month (and so of its quarter and year, when it is one): what the Steering Committee reviews. */
export function isLastDayOfMonth(day: LocalDate): boolean {
  return addDays(day, 1).endsWith('-01');
}

/**
 * The past days the worker builds ahead and pins on `today`: yesterday when it ended a month,
 * and every configured day already over (one built earlier is only pinned again, at no cost).
 * Ascending, so each day built seeds the next.
 */
export function daysToPrebuild(today: LocalDate, configured: readonly LocalDate[]): LocalDate[] {
  const yesterday = addDays(today, -1);
  const days = configured.filter((day) => day < today);
  if (isLastDayOfMonth(yesterday)) days.push(yesterday);
  return [...new Set(days)].sort();
}
