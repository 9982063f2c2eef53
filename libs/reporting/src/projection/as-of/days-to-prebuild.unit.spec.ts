import { daysToPrebuild, isLastDayOfMonth } from './days-to-prebuild';

describe('the days built ahead of time', () => {
  it('knows the last day of a month, leap years included', () => {
    expect(['2026-06-30', '2026-12-31', '2028-02-29', '2026-02-28'].map(isLastDayOfMonth)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['2026-06-29', '2028-02-28', '2026-07-01'].map(isLastDayOfMonth)).toEqual([false, false, false]);
  });

  it('builds yesterday when it ended a month (a quarter end on 1 July), nothing on other days', () => {
    expect(daysToPrebuild('2026-07-01', [])).toEqual(['2026-06-30']);
    expect(daysToPrebuild('2027-01-01', [])).toEqual(['2026-12-31']);
    expect(daysToPrebuild('2026-07-02', [])).toEqual([]);
  });

  it('adds the configured days once they are over, ascending, each once', () => {
    const configured = ['2026-09-15', '2026-06-15', '2026-06-30'];
    expect(daysToPrebuild('2026-07-01', configured)).toEqual(['2026-06-15', '2026-06-30']);
    expect(daysToPrebuild('2026-09-15', configured)).toEqual(['2026-06-15', '2026-06-30']);
    expect(daysToPrebuild('2026-09-16', configured)).toEqual(['2026-06-15', '2026-06-30', '2026-09-15']);
  });
});
