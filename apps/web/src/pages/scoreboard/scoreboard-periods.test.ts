import { describe, expect, it } from 'vitest';
import { periodDates, quarterOf } from './scoreboard-periods';

describe('the scoreboard periods', () => {
  it('gives the first and last day of a quarter, a half-year and the year', () => {
    expect(periodDates(2026, 'Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodDates(2028, 'Q1').to).toBe('2028-03-31');
    expect(periodDates(2026, 'H1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodDates(2026, 'Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodDates(2026, 'Y')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('starts on the quarter of today', () => {
    expect(quarterOf('2026-06-01')).toBe('Q2');
    expect(quarterOf('2026-12-07')).toBe('Q4');
  });
});
