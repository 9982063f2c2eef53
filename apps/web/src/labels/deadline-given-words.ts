import { formatDate } from './dates';

/**
 * How the first deadline was given, from the TaskAssigned event: "trong 10 ngày làm việc kể
 * từ 07/12/2026", or "chuyển từ 02/09/2026 (ngày nghỉ)"; null for a date given as such.
 */
export function deadlineGivenWords(assigned: Record<string, unknown> | undefined): string | null {
  const given = assigned?.dueDateGiven as { workingDays?: unknown; from?: unknown } | undefined;
  if (given && typeof given.workingDays === 'number' && typeof given.from === 'string') {
    return `trong ${given.workingDays} ngày làm việc kể từ ${formatDate(given.from)}`;
  }
  const rolledFrom = assigned?.dueDateRolledFrom;
  if (typeof rolledFrom === 'string') return `chuyển từ ${formatDate(rolledFrom)} (ngày nghỉ)`;
  return null;
}
