import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsLocalDate } from '@giaoviec/platform';
import { MAX_WORKING_DAYS } from '../../domain';

/** GET /calendar/deadline: "trong 15 ngày làm việc" from a day (today in Huế unless given). */
export class WorkingDayDeadlineRequest {
  @ApiProperty({ minimum: 1, maximum: MAX_WORKING_DAYS, example: 15 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  workingDays!: number;

  @ApiPropertyOptional({
    example: '2026-12-07',
    description:
      'The day counted from (not itself counted); today in Huế when absent, as an assignment counts',
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;
}

/** GET /calendar/day: one day of the calendar. */
export class CalendarDayRequest {
  @ApiProperty({ example: '2027-01-01' })
  @IsLocalDate()
  date!: string;
}
