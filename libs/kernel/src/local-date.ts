/**
 * Deadlines are calendar dates in Asia/Ho_Chi_Minh (UTC+7, no daylight saving),
 * written as ISO `YYYY-MM-DD` strings. A task due on a date is overdue from the next day.
 */
export type LocalDate = string;

export const HUE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const HUE_UTC_OFFSET_MS = 7 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The calendar date in Huế at the given instant. */
export function localDateAt(instant: Date): LocalDate {
  return new Date(instant.getTime() + HUE_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A task due on `dueDate` is overdue from the next day on. */
export function isOverdue(dueDate: LocalDate, today: LocalDate): boolean {
  return today > dueDate;
}
