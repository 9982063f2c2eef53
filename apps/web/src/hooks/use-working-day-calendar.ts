import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/openapi';

export type WorkingDayDeadline = components['schemas']['WorkingDayDeadlineView'];
export type CalendarDay = components['schemas']['CalendarDayView'];

/** "Trong N ngày làm việc" from today, as the API will count it when the task is assigned. */
export function useWorkingDayDeadline(workingDays: number | undefined) {
  const valid =
    workingDays !== undefined && Number.isInteger(workingDays) && workingDays >= 1 && workingDays <= 250;
  return useQuery({
    queryKey: ['calendar', 'deadline', workingDays],
    enabled: valid,
    retry: false,
    staleTime: 60 * 60_000,
    queryFn: () =>
      unwrap<WorkingDayDeadline>(
        api.GET('/calendar/deadline', { params: { query: { workingDays: workingDays as number } } }),
      ),
  });
}

/** Whether a chosen day is a working day, and where a deadline on it would roll to. */
export function useCalendarDay(date: string | undefined) {
  return useQuery({
    queryKey: ['calendar', 'day', date],
    enabled: date !== undefined,
    retry: false,
    staleTime: 60 * 60_000,
    queryFn: () =>
      unwrap<CalendarDay>(api.GET('/calendar/day', { params: { query: { date: date as string } } })),
  });
}
