import type { TaskDetail } from '../api/views';
import { formatDate } from './dates';

type Recurrence = NonNullable<TaskDetail['recurrence']>;

export const FREQUENCY_WORDS: Record<Recurrence['frequency'], string> = {
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  semiannual: '6 tháng một lần',
  yearly: 'hằng năm',
};

/** "Báo cáo định kỳ hằng quý, đến hết ngày 31/12/2026". */
export function recurrenceLabel(recurrence: Recurrence): string {
  const until = recurrence.until ? `, đến hết ngày ${formatDate(recurrence.until)}` : '';
  return `Báo cáo định kỳ ${FREQUENCY_WORDS[recurrence.frequency] ?? 'định kỳ'}${until}`;
}

const PERIOD_WORDS: Record<Recurrence['frequency'], string> = {
  monthly: 'tháng',
  quarterly: 'quý',
  semiannual: 'kỳ 6 tháng',
  yearly: 'năm',
};

/** When each period's report is due, in words: "ngày 20 tháng cuối quý", "ngày 15 tháng thứ 1 sau quý". */
export function deadlineRuleLabel(recurrence: Recurrence): string {
  const period = PERIOD_WORDS[recurrence.frequency] ?? 'kỳ';
  const day = recurrence.dueDayOfMonth;
  const monthsAfter = recurrence.dueMonthsAfterPeriodEnd ?? 0;
  const dayWords = day === undefined || day === 31 ? 'ngày cuối tháng' : `ngày ${day}`;
  if (monthsAfter === 0) {
    if (day === undefined) return `ngày cuối cùng của ${period}`;
    return recurrence.frequency === 'monthly' ? `${dayWords} của tháng` : `${dayWords} tháng cuối ${period}`;
  }
  return monthsAfter === 1
    ? `${dayWords} tháng đầu sau ${period}`
    : `${dayWords} của tháng thứ ${monthsAfter} sau ${period}`;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** A period by its frequency, year and place in that year (from 0): quarterly, 2026, 1 → 'quý II/2026'. */
export function periodName(frequency: Recurrence['frequency'], year: number, index: number): string {
  if (frequency === 'monthly') return `tháng ${index + 1}/${year}`;
  if (frequency === 'quarterly') return `quý ${ROMAN_QUARTERS[index]}/${year}`;
  if (frequency === 'semiannual') return `6 tháng ${index === 0 ? 'đầu' : 'cuối'} năm ${year}`;
  return `năm ${year}`;
}

/** A period by its key, as reports name it: '2026-Q2' → 'quý II/2026', '2026-05' → 'tháng 5/2026'. */
export function periodLabel(key: string): string {
  const [, year, month, quarter, half] = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?$/.exec(key) ?? [];
  if (year === undefined) return 'kỳ báo cáo';
  if (month !== undefined) return periodName('monthly', Number(year), Number(month) - 1);
  if (quarter !== undefined) return periodName('quarterly', Number(year), Number(quarter) - 1);
  if (half !== undefined) return periodName('semiannual', Number(year), Number(half) - 1);
  return periodName('yearly', Number(year), 0);
}

/** The period a recurring report owes now, for a list: "Kỳ báo cáo quý II/2026 — hạn 15/07/2026". */
export function periodInHandLabel(period: { key: string; dueDate: string }): string {
  return `Kỳ báo cáo ${periodLabel(period.key)} — hạn ${formatDate(period.dueDate)}`;
}
