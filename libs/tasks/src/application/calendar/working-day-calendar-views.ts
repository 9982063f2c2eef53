import { addDays, vietnamWorkingDays, type LocalDate, type WorkingDayCalendar } from '@giaoviec/kernel';
import type {
  CalendarDayOffView,
  CalendarDayView,
  WorkingDayDeadlineView,
} from './working-day-calendar.responses';

/** Why a day is not worked, or null on a working day. */
function dayOffOn(date: LocalDate, calendar: WorkingDayCalendar): CalendarDayOffView | null {
  if (calendar.isWorkingDay(date)) return null;
  const entry = calendar.entryOn(date);
  if (entry && entry.kind !== 'make_up_working_day') return { date, kind: entry.kind, name: entry.name };
  return { date, kind: 'weekend', name: null };
}

export function calendarDay(
  date: LocalDate,
  calendar: WorkingDayCalendar = vietnamWorkingDays,
): CalendarDayView {
  const entry = calendar.entryOn(date);
  return {
    date,
    workingDay: calendar.isWorkingDay(date),
    dayOff: dayOffOn(date, calendar),
    makeUpFor: entry?.kind === 'make_up_working_day' ? entry.name : null,
    nextWorkingDay: calendar.workingDayOnOrAfter(date),
  };
}

/**
 * The deadline `workingDays` working days after `from`, as an assignment computes it (refused
 * with calendar.not_announced across days off not yet announced), with what it passed over:
 * the dialog says why the date is later than the count.
 */
export function workingDayDeadline(
  from: LocalDate,
  workingDays: number,
  calendar: WorkingDayCalendar = vietnamWorkingDays,
): WorkingDayDeadlineView {
  const dueDate = calendar.addWorkingDays(from, workingDays);
  const holidaysPassed: CalendarDayOffView[] = [];
  let weekendDaysPassed = 0;
  for (let day = addDays(from, 1); day < dueDate; day = addDays(day, 1)) {
    const off = dayOffOn(day, calendar);
    if (off?.kind === 'weekend') weekendDaysPassed += 1;
    else if (off) holidaysPassed.push(off);
  }
  return { from, workingDays, dueDate, holidaysPassed, weekendDaysPassed };
}
