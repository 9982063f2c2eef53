import { periodDeadline } from './recurrence-deadline';
import { periodContaining } from './recurrence-period';

describe('the deadline of a period', () => {
  it('is the period’s last day unless the recurrence says otherwise', () => {
    expect(periodDeadline({ frequency: 'quarterly' }, periodContaining('quarterly', '2026-05-01'))).toBe(
      '2026-06-30',
    );
    expect(periodDeadline({ frequency: 'yearly' }, periodContaining('yearly', '2026-05-01'))).toBe(
      '2026-12-31',
    );
  });

  it('is a day of the period’s last month: "trước ngày 20 tháng cuối quý"', () => {
    const rule = { frequency: 'quarterly', dueDayOfMonth: 20 } as const;
    expect(periodDeadline(rule, periodContaining('quarterly', '2026-01-10'))).toBe('2026-03-20');
    expect(periodDeadline(rule, periodContaining('quarterly', '2026-10-10'))).toBe('2026-12-20');
  });

  it('is a day of a later month: "trước ngày 15 tháng đầu quý sau", across the year', () => {
    const rule = { frequency: 'quarterly', dueDayOfMonth: 15, dueMonthsAfterPeriodEnd: 1 } as const;
    expect(periodDeadline(rule, periodContaining('quarterly', '2026-05-01'))).toBe('2026-07-15');
    expect(periodDeadline(rule, periodContaining('quarterly', '2026-11-01'))).toBe('2027-01-15');
  });

  it('falls on the last day of a month too short for the day asked', () => {
    const rule = { frequency: 'monthly', dueDayOfMonth: 31 } as const;
    expect(periodDeadline(rule, periodContaining('monthly', '2026-04-01'))).toBe('2026-04-30');
    expect(periodDeadline(rule, periodContaining('monthly', '2027-02-01'))).toBe('2027-02-28');
    expect(periodDeadline(rule, periodContaining('monthly', '2028-02-01'))).toBe('2028-02-29');
    const dueNextMonth = { frequency: 'monthly', dueDayOfMonth: 30, dueMonthsAfterPeriodEnd: 1 } as const;
    expect(periodDeadline(dueNextMonth, periodContaining('monthly', '2028-01-01'))).toBe('2028-02-29');
  });
});
