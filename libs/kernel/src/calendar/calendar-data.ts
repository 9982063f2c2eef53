import type { LocalDate } from '../local-date';

/**
 * One line of a year's calendar, with the document it comes from so anyone can check it.
 * - `holiday`: a public holiday on a weekday (Bộ luật Lao động 2019, Điều 112);
 * - `day_off`: a weekday the government gives off that year (a swap, or the day off in lieu
 *   of a holiday that fell on a weekend);
 * - `make_up_working_day` (làm bù): a Saturday or Sunday worked to pay back a swapped day.
 * Holidays that fall on a Saturday or Sunday change nothing and are left out.
 */
export type CalendarEntryKind = 'holiday' | 'day_off' | 'make_up_working_day';

export interface CalendarEntry {
  readonly date: LocalDate;
  readonly kind: CalendarEntryKind;
  /** In Vietnamese, as the announcement names it. */
  readonly name: string;
  readonly source: string;
}

/**
 * Days whose status the government has not announced yet (the five days of Tết, the day
 * beside 2/9: Điều 112 khoản 3 leaves them to the Prime Minister each year). A deadline
 * counted in working days across them is refused rather than guessed.
 */
export interface UnannouncedPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly what: string;
}

export interface CalendarYear {
  readonly year: number;
  readonly entries: readonly CalendarEntry[];
  readonly unannounced: readonly UnannouncedPeriod[];
}

export const LABOUR_CODE_HOLIDAYS = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
export const LABOUR_CODE_DAY_IN_LIEU =
  'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày nghỉ hằng tuần trùng ngày lễ)';
