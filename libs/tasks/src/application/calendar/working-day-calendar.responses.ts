import { ApiProperty } from '@nestjs/swagger';
import { ApiDay, ApiNullable } from '@giaoviec/platform';

const DAY_OFF_KINDS = ['weekend', 'holiday', 'day_off'] as const;
export type DayOffKind = (typeof DAY_OFF_KINDS)[number];

export class CalendarDayOffView {
  @ApiDay() date!: string;
  @ApiProperty({
    enum: DAY_OFF_KINDS,
    enumName: 'DayOffKind',
    description: 'weekend; holiday (ngày lễ, Tết); day_off (a day the government gives off that year)',
  })
  kind!: DayOffKind;
  @ApiNullable(String, {
    description: 'As the announcement names it, e.g. "Tết Nguyên đán Bính Ngọ"; null for a weekend',
  })
  name!: string | null;
}

export class WorkingDayDeadlineView {
  @ApiDay({ description: 'The day counted from (not itself counted)' }) from!: string;
  @ApiProperty({ type: 'integer' }) workingDays!: number;
  @ApiDay({ description: 'The deadline: the last of those working days' }) dueDate!: string;
  @ApiProperty({
    type: [CalendarDayOffView],
    description: 'The holidays and days off passed over (weekends not listed, only counted)',
  })
  holidaysPassed!: CalendarDayOffView[];
  @ApiProperty({
    type: 'integer',
    description: 'Saturdays and Sundays passed over (make-up working days excepted)',
  })
  weekendDaysPassed!: number;
}

export class CalendarDayView {
  @ApiDay() date!: string;
  @ApiProperty() workingDay!: boolean;
  @ApiNullable(CalendarDayOffView, { description: 'Why it is not a working day; null on a working day' })
  dayOff!: CalendarDayOffView | null;
  @ApiNullable(String, {
    description: 'On a make-up working day (làm bù): what it pays back, e.g. "Làm bù cho thứ Sáu 02/01/2026"',
  })
  makeUpFor!: string | null;
  @ApiDay({ description: 'The date itself on a working day, else the first working day after it' })
  nextWorkingDay!: string;
}
