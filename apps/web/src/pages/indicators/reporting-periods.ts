import { periodLabel } from './indicator-words';

const pad = (n: number) => String(n).padStart(2, '0');

/** The periods a value of `year` can be reported for, as the API takes them, named as reports name them. */
export function reportingPeriodsOf(year: number): { value: string; label: string }[] {
  const keys = [
    `${year}`,
    `${year}-H1`,
    `${year}-H2`,
    ...[1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`),
    ...Array.from({ length: 12 }, (_, index) => `${year}-${pad(index + 1)}`),
  ];
  return keys.map((value) => ({ value, label: periodLabel(value) }));
}

/** The first and last month of a period: '2026-Q3' → [7, 9]. */
function monthsOf(part: string | undefined): [number, number] {
  if (!part) return [1, 12];
  if (part.startsWith('H')) return [Number(part.slice(1)) * 6 - 5, Number(part.slice(1)) * 6];
  if (part.startsWith('Q')) return [Number(part.slice(1)) * 3 - 2, Number(part.slice(1)) * 3];
  return [Number(part), Number(part)];
}

/** The first day of a period, 'YYYY-MM-DD'. */
export function periodStart(period: string): string {
  const [year, part] = period.split('-');
  return `${year}-${pad(monthsOf(part)[0])}-01`;
}

/** The last day of a period, 'YYYY-MM-DD': the date a figure for it is usually measured at. */
export function periodEnd(period: string): string {
  const [yearText, part] = period.split('-');
  const year = Number(yearText);
  const lastMonth = monthsOf(part)[1];
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${pad(lastMonth)}-${pad(lastDay)}`;
}
