import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { localDateAt, type Clock } from '@giaoviec/kernel';
import { ApiQueryOperation, Authorize, CLOCK } from '@giaoviec/platform';
import { calendarDay, workingDayDeadline } from './working-day-calendar-views';
import { CalendarDayRequest, WorkingDayDeadlineRequest } from './working-day-calendar.requests';
import { CalendarDayView, WorkingDayDeadlineView } from './working-day-calendar.responses';

/**
 * The working-day calendar the deadlines are counted with (weekends, public holidays, the days
 * off and make-up days the government announces), so a client shows a deadline before it
 * assigns one: the same rules as the assignment itself.
 */
@ApiTags('calendar')
@Controller('calendar')
export class WorkingDayCalendarController {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @Get('deadline')
  @ApiQueryOperation({
    summary: 'The deadline "trong N ngày làm việc" from a day, and the holidays and weekends it passes over',
    answers: WorkingDayDeadlineView,
    problems: { 422: 'The days off it would cross are not announced yet (`calendar.not_announced`)' },
  })
  @Authorize('calendar.read')
  deadline(@Query() query: WorkingDayDeadlineRequest): WorkingDayDeadlineView {
    return workingDayDeadline(query.from ?? localDateAt(this.clock.now()), query.workingDays);
  }

  @Get('day')
  @ApiQueryOperation({
    summary:
      'Whether a day is a working day, why not, and the next working day (where a deadline on it rolls to)',
    answers: CalendarDayView,
  })
  @Authorize('calendar.read')
  day(@Query() query: CalendarDayRequest): CalendarDayView {
    return calendarDay(query.date);
  }
}
