import { LocalDate } from '@giaoviec/kernel';

export type ReportingPeriodGranularity = 'year' | 'half_year' | 'quarter' | 'month';

/** A period a KPI value is reported for, with its first and last day. */
export interface ReportingPeriod {
  readonly period: string;
  readonly granularity: ReportingPeriodGranularity;
  readonly year: number;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

const PATTERN = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function span(year: number, firstMonth: number, lastMonth: number): Pick<ReportingPeriod, 'start' | 'end'> {
  return {
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
}

/**
 * Parses '2026' (a year), '2026-H1' / '2026-H2' (a half-year: Vietnamese reports are often
 * "6 tháng đầu năm"), '2026-Q2' (a quarter) or '2026-06' (a month); undefined for anything else.
 */
export function parseReportingPeriod(period: unknown): ReportingPeriod | undefined {
  if (typeof period !== 'string') return undefined;
  const match = PATTERN.exec(period);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const [, , half, quarter, month] = match;
  if (half)
    return { period, granularity: 'half_year', year, ...span(year, Number(half) * 6 - 5, Number(half) * 6) };
  if (quarter)
    return {
      period,
      granularity: 'quarter',
      year,
      ...span(year, Number(quarter) * 3 - 2, Number(quarter) * 3),
    };
  if (month) return { period, granularity: 'month', year, ...span(year, Number(month), Number(month)) };
  return { period, granularity: 'year', year, ...span(year, 1, 12) };
}

export function isReportingPeriod(period: unknown): period is string {
  return parseReportingPeriod(period) !== undefined;
}

/** Years a target can be set for. */
export function isTargetYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}
