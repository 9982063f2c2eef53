import { unprocessable } from '../domain-error';
import { addDays, type LocalDate } from '../local-date';
import type { CalendarEntry, CalendarYear, UnannouncedPeriod } from './calendar-data';
import { YEAR_2026 } from './years/2026';
import { YEAR_2027 } from './years/2027';

/**
 * Working days of the state administration: Monday to Friday, less the holidays and days off
 * of the year's data, plus its make-up working days. Pure and deterministic.
 *
 * Two kinds of question are asked of it:
 * - best known (`isWorkingDay`, `previousWorkingDay`, ...): for reminders, which are re-derived
 *   when the data is corrected. A year without data counts Monday to Friday.
 * - settled (`addWorkingDays`, `workingDaysBetween`): for deadlines, which are recorded for
 *   good. They refuse (422 `calendar.not_announced`) to count across a year without data or a
 *   period the government has not announced yet, rather than guess.
 */
export class WorkingDayCalendar {
  private readonly entries = new Map<LocalDate, CalendarEntry>();
  private readonly years = new Set<number>();
  private readonly unannounced: UnannouncedPeriod[] = [];

  constructor(years: readonly CalendarYear[]) {
    for (const year of years) {
      this.years.add(year.year);
      this.unannounced.push(...year.unannounced);
      for (const entry of year.entries) this.entries.set(entry.date, entry);
    }
  }

  /** The data's line about that date, if any. */
  entryOn(date: LocalDate): CalendarEntry | undefined {
    return this.entries.get(date);
  }

  isWorkingDay(date: LocalDate): boolean {
    const entry = this.entries.get(date);
    if (entry) return entry.kind === 'make_up_working_day';
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The date itself when it is a working day, else the last working day before it. */
  workingDayOnOrBefore(date: LocalDate): LocalDate {
    return this.step(date, -1, true);
  }

  /** The date itself when it is a working day, else the first working day after it. */
  workingDayOnOrAfter(date: LocalDate): LocalDate {
    return this.step(date, 1, true);
  }

  previousWorkingDay(date: LocalDate): LocalDate {
    return this.step(date, -1, false);
  }

  nextWorkingDay(date: LocalDate): LocalDate {
    return this.step(date, 1, false);
  }

  /**
   * The `n`-th working day after `date` (before it when `n` is negative); `date` itself is not
   * counted: 15 working days from an assignment on Monday 2026-02-09 is 2026-03-09 (Tết between).
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    const day = this.addWorkingDaysBestKnown(date, n);
    this.requireAnnounced(n >= 0 ? date : day, n >= 0 ? day : date);
    return day;
  }

  /** As `addWorkingDays`, counting a day not yet announced by its weekday: for reminders, which can be re-derived. */
  addWorkingDaysBestKnown(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new RangeError(`A number of working days must be whole; got ${n}.`);
    let day = date;
    for (let left = Math.abs(n); left > 0; left -= 1) day = this.step(day, Math.sign(n), false);
    return day;
  }

  /** Working days after `from` up to and including `to`: `to` 3 working days overdue gives 3. Negative when `to` is earlier. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    this.requireAnnounced(from, to);
    return this.countBestKnown(from, to);
  }

  /** As `workingDaysBetween`, counting a day not yet announced by its weekday: for messages that can be re-derived. */
  workingDaysBetweenBestKnown(from: LocalDate, to: LocalDate): number {
    return to < from ? -this.countBestKnown(to, from) : this.countBestKnown(from, to);
  }

  /** What is not yet announced between two dates (both included); empty when all is settled. */
  unsettledBetween(from: LocalDate, to: LocalDate): string[] {
    const missing: string[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
      if (!this.years.has(year)) missing.push(`Lịch ngày nghỉ năm ${year}`);
    }
    for (const period of this.unannounced) {
      if (period.from <= to && period.to >= from) missing.push(period.what);
    }
    return missing;
  }

  /** Refuses (422 `calendar.not_announced`) when a day from `from` to `to` is not yet announced. */
  requireAnnounced(from: LocalDate, to: LocalDate): void {
    const missing = this.unsettledBetween(from, to);
    if (missing.length > 0) {
      throw unprocessable(
        'calendar.not_announced',
        `Working days from ${from} to ${to} cannot be counted yet: not announced — ${missing.join('; ')}. Give the due date as a date, or add the announcement to the calendar data.`,
        { from, to, missing },
      );
    }
  }

  private countBestKnown(from: LocalDate, to: LocalDate): number {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count += 1;
    return count;
  }

  private step(date: LocalDate, direction: number, includeStart: boolean): LocalDate {
    let day = includeStart ? date : addDays(date, direction);
    // A year has at most a few weeks off in a row; the bound stops a broken data file looping.
    for (let guard = 0; guard < 366; guard += 1, day = addDays(day, direction)) {
      if (this.isWorkingDay(day)) return day;
    }
    throw new RangeError(`No working day within a year of ${date}: the calendar data is broken.`);
  }
}

/** The calendar of Vietnam's state administration, from the data in ./years. */
export const VIETNAM_CALENDAR_YEARS: readonly CalendarYear[] = [YEAR_2026, YEAR_2027];
export const vietnamWorkingDays = new WorkingDayCalendar(VIETNAM_CALENDAR_YEARS);
