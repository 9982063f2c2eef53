import { firstPeriodDueOnOrAfter, nextDuePeriod } from './recurrence-schedule';
import { periodOfKey } from './recurrence-period';

describe('the periods a recurrence owes', () => {
  it('start with the first period whose report is due on or after the day asked', () => {
    const rule = { frequency: 'quarterly', dueDayOfMonth: 20 } as const;
    expect(firstPeriodDueOnOrAfter(rule, '2026-06-20')).toMatchObject({
      period: { key: '2026-Q2' },
      dueDate: '2026-06-20',
    });
    expect(firstPeriodDueOnOrAfter(rule, '2026-06-21')).toMatchObject({
      period: { key: '2026-Q3' },
      dueDate: '2026-09-20',
    });
  });

  it('start with the period just ended when its report is due in a later month', () => {
    const rule = { frequency: 'quarterly', dueDayOfMonth: 15, dueMonthsAfterPeriodEnd: 1 } as const;
    expect(firstPeriodDueOnOrAfter(rule, '2026-01-05')).toMatchObject({
      period: { key: '2025-Q4', start: '2025-10-01', end: '2025-12-31' },
      dueDate: '2026-01-15',
    });
  });

  it('go on period by period', () => {
    const rule = { frequency: 'monthly' } as const;
    expect(nextDuePeriod(rule, periodOfKey('monthly', '2028-01')!)).toMatchObject({
      period: { key: '2028-02' },
      dueDate: '2028-02-29',
    });
  });

  it('end with the last period starting on or before `until`, even when its report is due after it', () => {
    const rule = {
      frequency: 'quarterly',
      until: '2030-12-31',
      dueDayOfMonth: 15,
      dueMonthsAfterPeriodEnd: 1,
    } as const;
    expect(nextDuePeriod(rule, periodOfKey('quarterly', '2030-Q3')!)).toMatchObject({
      period: { key: '2030-Q4' },
      dueDate: '2031-01-15',
    });
    expect(nextDuePeriod(rule, periodOfKey('quarterly', '2030-Q4')!)).toBeUndefined();
    expect(
      firstPeriodDueOnOrAfter({ frequency: 'yearly', until: '2026-05-31' }, '2027-01-01'),
    ).toBeUndefined();
  });
});
