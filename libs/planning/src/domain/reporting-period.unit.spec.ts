import { isReportingPeriod, parseReportingPeriod } from './reporting-period';

describe('reporting periods', () => {
  it.each([
    ['2026', 'year', '2026-01-01', '2026-12-31'],
    ['2026-H1', 'half_year', '2026-01-01', '2026-06-30'],
    ['2026-H2', 'half_year', '2026-07-01', '2026-12-31'],
    ['2026-Q2', 'quarter', '2026-04-01', '2026-06-30'],
    ['2026-Q4', 'quarter', '2026-10-01', '2026-12-31'],
    ['2026-06', 'month', '2026-06-01', '2026-06-30'],
    ['2028-02', 'month', '2028-02-01', '2028-02-29'],
  ])('%s is a %s from %s to %s', (period, granularity, start, end) => {
    expect(parseReportingPeriod(period)).toEqual({
      period,
      granularity,
      year: Number(period.slice(0, 4)),
      start,
      end,
    });
  });

  it.each([
    '2026-Q5',
    '2026-Q0',
    '2026-13',
    '2026-00',
    '2026-6',
    '26',
    '2026/06',
    '2026-W10',
    '2026-H3',
    ' 2026',
    '',
    2026,
  ])('refuses %p', (period) => {
    expect(isReportingPeriod(period)).toBe(false);
  });
});
