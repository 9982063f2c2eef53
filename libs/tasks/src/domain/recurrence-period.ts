import type { LocalDate } from '@giaoviec/kernel';
import type { RecurrenceFrequency } from './recurrence';

/**
 * One calendar period of a recurrence, named by a key a person can read and type:
 * '2026-05' (a month), '2026-Q2' (a quarter), '2026-H1' (a half-year), '2026' (a year).
 * `start` and `end` are its first and last days, inclusive.
 */
export interface RecurrencePeriod {
  readonly key: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

const MONTHS_PER_PERIOD: Readonly<Record<RecurrenceFrequency, number>> = {
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  yearly: 12,
};

/** The period of `frequency` that contains `date`. */
export function periodContaining(frequency: RecurrenceFrequency, date: LocalDate): RecurrencePeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const length = MONTHS_PER_PERIOD[frequency];
  const index = Math.floor((month - 1) / length);
  return periodOf(frequency, year, index);
}

/** The period right after `period`. */
export function periodAfter(frequency: RecurrenceFrequency, period: RecurrencePeriod): RecurrencePeriod {
  const [year, month] = shiftMonth(Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7)), 1);
  return periodContaining(frequency, `${year}-${pad(month)}-01`);
}

/** The period a key names, when it is a key of that frequency; undefined otherwise. */
export function periodOfKey(frequency: RecurrenceFrequency, key: string): RecurrencePeriod | undefined {
  const pattern = KEY_PATTERNS[frequency].exec(key);
  if (!pattern) return undefined;
  const year = Number(pattern[1]);
  const index = pattern[2] === undefined ? 0 : Number(pattern[2]) - 1;
  return periodOf(frequency, year, index);
}

const KEY_PATTERNS: Readonly<Record<RecurrenceFrequency, RegExp>> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  semiannual: /^(\d{4})-H([12])$/,
  yearly: /^(\d{4})$/,
};

function periodOf(frequency: RecurrenceFrequency, year: number, index: number): RecurrencePeriod {
  const length = MONTHS_PER_PERIOD[frequency];
  const firstMonth = index * length + 1;
  const lastMonth = firstMonth + length - 1;
  return {
    key: periodKey(frequency, year, index),
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

function periodKey(frequency: RecurrenceFrequency, year: number, index: number): string {
  switch (frequency) {
    case 'monthly':
      return `${year}-${pad(index + 1)}`;
    case 'quarterly':
      return `${year}-Q${index + 1}`;
    case 'semiannual':
      return `${year}-H${index + 1}`;
    case 'yearly':
      return String(year);
  }
}

/** 28–31, with 29 in February of a leap year (Gregorian rules). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** [year, month] `months` months after (or before, when negative) the given month. */
export function shiftMonth(year: number, month: number, months: number): [number, number] {
  const zeroBased = year * 12 + (month - 1) + months;
  return [Math.floor(zeroBased / 12), (zeroBased % 12) + 1];
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}
