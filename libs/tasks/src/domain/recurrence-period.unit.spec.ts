import { periodAfter, periodContaining, periodOfKey } from './recurrence-period';

describe('recurrence periods', () => {
  it('are the calendar month, quarter, half-year or year containing a date', () => {
    expect(periodContaining('monthly', '2026-02-14')).toEqual({
      key: '2026-02',
      start: '2026-02-01',
      end: '2026-02-28',
    });
    expect(periodContaining('quarterly', '2026-05-20')).toEqual({
      key: '2026-Q2',
      start: '2026-04-01',
      end: '2026-06-30',
    });
    expect(periodContaining('semiannual', '2026-07-01')).toEqual({
      key: '2026-H2',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(periodContaining('yearly', '2027-03-03')).toEqual({
      key: '2027',
      start: '2027-01-01',
      end: '2027-12-31',
    });
  });

  it('end on 29 February in a leap year and on 28 February otherwise', () => {
    expect(periodContaining('monthly', '2028-02-01').end).toBe('2028-02-29');
    expect(periodContaining('monthly', '2100-02-01').end).toBe('2100-02-28');
    expect(periodContaining('monthly', '2000-02-01').end).toBe('2000-02-29');
  });

  it('follow one another across the turn of the year', () => {
    expect(periodAfter('monthly', periodContaining('monthly', '2026-12-31')).key).toBe('2027-01');
    expect(periodAfter('quarterly', periodContaining('quarterly', '2026-11-30')).key).toBe('2027-Q1');
    expect(periodAfter('semiannual', periodContaining('semiannual', '2026-01-31')).key).toBe('2026-H2');
    expect(periodAfter('yearly', periodContaining('yearly', '2030-06-01')).key).toBe('2031');
  });

  it('are found by their key, only for their own frequency', () => {
    expect(periodOfKey('quarterly', '2026-Q3')).toEqual(periodContaining('quarterly', '2026-08-01'));
    expect(periodOfKey('monthly', '2026-11')).toEqual(periodContaining('monthly', '2026-11-11'));
    expect(periodOfKey('yearly', '2026')).toEqual(periodContaining('yearly', '2026-01-01'));
    expect(periodOfKey('quarterly', '2026-05')).toBeUndefined();
    expect(periodOfKey('monthly', '2026-13')).toBeUndefined();
    expect(periodOfKey('semiannual', '2026-H3')).toBeUndefined();
  });
});
