import { describe, expect, it } from 'vitest';
import { deadlineRuleLabel, periodInHandLabel, periodLabel, recurrenceLabel } from './recurrence-labels';

describe('recurring reports in words', () => {
  it('names the recurrence', () => {
    expect(recurrenceLabel({ frequency: 'quarterly', until: '2026-12-31' })).toBe(
      'Báo cáo định kỳ hằng quý, đến hết ngày 31/12/2026',
    );
    expect(recurrenceLabel({ frequency: 'yearly' })).toBe('Báo cáo định kỳ hằng năm');
  });

  it('names each period as reports do, never by its key', () => {
    expect(['2026-05', '2026-Q2', '2026-Q4', '2026-H1', '2026-H2', '2026'].map(periodLabel)).toEqual([
      'tháng 5/2026',
      'quý II/2026',
      'quý IV/2026',
      '6 tháng đầu năm 2026',
      '6 tháng cuối năm 2026',
      'năm 2026',
    ]);
  });

  it('says when each period’s report is due', () => {
    expect(deadlineRuleLabel({ frequency: 'quarterly' })).toBe('ngày cuối cùng của quý');
    expect(deadlineRuleLabel({ frequency: 'quarterly', dueDayOfMonth: 20 })).toBe('ngày 20 tháng cuối quý');
    expect(deadlineRuleLabel({ frequency: 'quarterly', dueDayOfMonth: 15, dueMonthsAfterPeriodEnd: 1 })).toBe(
      'ngày 15 tháng đầu sau quý',
    );
    expect(deadlineRuleLabel({ frequency: 'monthly', dueDayOfMonth: 25 })).toBe('ngày 25 của tháng');
    expect(deadlineRuleLabel({ frequency: 'yearly', dueDayOfMonth: 31, dueMonthsAfterPeriodEnd: 2 })).toBe(
      'ngày cuối tháng của tháng thứ 2 sau năm',
    );
  });

  it('names the period in hand with its deadline, for the task list', () => {
    expect(periodInHandLabel({ key: '2026-Q2', dueDate: '2026-07-15' })).toBe(
      'Kỳ báo cáo quý II/2026 — hạn 15/07/2026',
    );
    expect(periodInHandLabel({ key: '2027-H1', dueDate: '2027-07-31' })).toBe(
      'Kỳ báo cáo 6 tháng đầu năm 2027 — hạn 31/07/2027',
    );
  });
});
