import type { CalendarDay, WorkingDayDeadline } from '../hooks/use-working-day-calendar';
import { formatDate } from './dates';

type DayOff = NonNullable<CalendarDay['dayOff']>;

/** "Tết Nguyên đán Bính Ngọ", or "thứ Bảy" / "Chủ nhật" for a weekend. */
export function dayOffName(dayOff: DayOff): string {
  if (dayOff.name) return dayOff.name;
  return new Date(`${dayOff.date}T00:00:00Z`).getUTCDay() === 0 ? 'Chủ nhật' : 'thứ Bảy';
}

/**
 * Under "Trong N ngày làm việc": the date it gives and what it passed over, e.g. "Hạn hoàn
 * thành: 10/09/2026 (không tính 4 ngày thứ Bảy, Chủ nhật và 3 ngày nghỉ: Quốc khánh …)".
 */
export function workingDayDeadlineHelp(deadline: WorkingDayDeadline): string {
  const skipped: string[] = [];
  if (deadline.weekendDaysPassed > 0) skipped.push(`${deadline.weekendDaysPassed} ngày thứ Bảy, Chủ nhật`);
  if (deadline.holidaysPassed.length > 0) {
    const names = [...new Set(deadline.holidaysPassed.map(dayOffName))].join('; ');
    skipped.push(`${deadline.holidaysPassed.length} ngày nghỉ lễ, nghỉ bù (${names})`);
  }
  const counted = `tính từ sau ngày ${formatDate(deadline.from)}`;
  return skipped.length > 0
    ? `Hạn hoàn thành: ${formatDate(deadline.dueDate)} — ${counted}, không tính ${skipped.join(' và ')}.`
    : `Hạn hoàn thành: ${formatDate(deadline.dueDate)} — ${counted}.`;
}

/** Under a chosen due date that is not a working day: what it is, and what happens to it. */
export function dayOffDueDateHelp(day: CalendarDay, rollsToNextWorkingDay: boolean): string | null {
  if (day.workingDay || !day.dayOff) return null;
  const what = `Ngày ${formatDate(day.date)} là ngày nghỉ (${dayOffName(day.dayOff)})`;
  return rollsToNextWorkingDay
    ? `${what}: hạn sẽ chuyển sang ngày làm việc tiếp theo, ${formatDate(day.nextWorkingDay)}.`
    : `${what}. Chọn "chuyển sang ngày làm việc tiếp theo" nếu kế hoạch quy định như vậy.`;
}
