import { describe, expect, it } from 'vitest';
import { firstReportDue } from './recurrence-schedule';

describe('the first report a recurring task owes', () => {
  it('is the period whose deadline comes next, as the API picks it', () => {
    const quarterly15th = { frequency: 'quarterly', dueDayOfMonth: 15, dueMonthsAfterPeriodEnd: 1 } as const;
    // In December 2026 the third quarter's report was due in October: the fourth quarter's is next.
    expect(firstReportDue(quarterly15th, '2026-12-05')).toEqual({
      year: 2026,
      index: 3,
      dueDate: '2027-01-15',
    });
    // Its deadline day itself still counts.
    expect(firstReportDue(quarterly15th, '2026-10-15')).toEqual({
      year: 2026,
      index: 2,
      dueDate: '2026-10-15',
    });
    expect(firstReportDue({ frequency: 'quarterly', dueDayOfMonth: 20 }, '2026-12-21')).toEqual({
      year: 2027,
      index: 0,
      dueDate: '2027-03-20',
    });
  });

  it('takes the month’s last day when the day is past it, or none is given', () => {
    expect(firstReportDue({ frequency: 'monthly', dueDayOfMonth: 31 }, '2027-02-03')).toEqual({
      year: 2027,
      index: 1,
      dueDate: '2027-02-28',
    });
    expect(firstReportDue({ frequency: 'semiannual' }, '2026-12-05')).toEqual({
      year: 2026,
      index: 1,
      dueDate: '2026-12-31',
    });
    expect(
      firstReportDue({ frequency: 'yearly', dueDayOfMonth: 31, dueMonthsAfterPeriodEnd: 2 }, '2027-01-10'),
    ).toEqual({
      year: 2026,
      index: 0,
      dueDate: '2027-02-28',
    });
  });

  it('owes nothing when the recurrence ends before that period starts', () => {
    expect(
      firstReportDue({ frequency: 'quarterly', dueDayOfMonth: 15, until: '2026-09-30' }, '2026-12-05'),
    ).toBeUndefined();
    expect(
      firstReportDue({ frequency: 'quarterly', dueDayOfMonth: 15, until: '2026-10-01' }, '2026-12-05'),
    ).toEqual({ year: 2026, index: 3, dueDate: '2026-12-15' });
  });
});
