import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';
import {
  MAX_WORKING_DAYS,
  MAX_DUE_MONTHS_AFTER_PERIOD_END,
  MAX_SOURCE_DOCUMENT_NUMBER_LENGTH,
  MAX_SOURCE_QUOTED_TEXT_LENGTH,
  MAX_SOURCE_SECTION_LENGTH,
  RECURRENCE_FREQUENCIES,
  type RecurrenceFrequency,
} from '../../domain';

export class TaskSourceDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '495/KH-UBND',
    description:
      "The plan's or the amending document's number; the plan's own number when absent, null when the document shows none",
  })
  @ValidateIf((_: TaskSourceDto, value: unknown) => value !== undefined && value !== null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SOURCE_DOCUMENT_NUMBER_LENGTH)
  documentNumber?: string | null;

  @ApiProperty({ example: 'III.5.2', description: 'The section of the document' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SOURCE_SECTION_LENGTH)
  section!: string;

  @ApiProperty({ description: 'The text quoted word for word from the document' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SOURCE_QUOTED_TEXT_LENGTH)
  quotedText!: string;
}

export class RecurrenceDto {
  @ApiProperty({ enum: RECURRENCE_FREQUENCIES })
  @IsIn(RECURRENCE_FREQUENCIES)
  frequency!: RecurrenceFrequency;

  @ApiPropertyOptional({ example: '2030-12-31' })
  @IsOptional()
  @IsLocalDate()
  until?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 31,
    example: 20,
    description:
      "The day of the month each period's report is due (the month's last day when absent or past it)",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  dueDayOfMonth?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_DUE_MONTHS_AFTER_PERIOD_END,
    example: 1,
    description:
      "Months after the period's last month the report is due: 0 (default) in that month, 1 the month after",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DUE_MONTHS_AFTER_PERIOD_END)
  dueMonthsAfterPeriodEnd?: number;
}

/** Assign a task to one lead agency, or to every active commune at once (`allCommunes: true`). */
export class AssignTaskRequest {
  @ApiPropertyOptional({ example: 'III.5.2', description: 'The number of the task in the plan' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  code?: string;

  @ApiProperty({ example: 'Triển khai nền tảng số dùng chung cấp thành phố' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ example: 'so-khcn', description: 'Required unless allCommunes is true' })
  @ValidateIf(
    (request: AssignTaskRequest) => request.allCommunes !== true || request.leadAgencyId !== undefined,
  )
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  leadAgencyId?: string;

  @ApiPropertyOptional({
    description: 'Give the task to every active commune: one task each, tracked as a group',
  })
  @IsOptional()
  @IsBoolean()
  allCommunes?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['so-tai-chinh'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(SLUG_ID, { each: true, message: SLUG_ID_MESSAGE })
  coordinatingAgencyIds?: string[];

  @ApiPropertyOptional({
    example: '2026-12-31',
    description:
      "Required unless the task recurs; for a recurring report, its first period's deadline (the next deadline from today when absent)",
  })
  @ValidateIf(
    (request: AssignTaskRequest) =>
      (request.recurrence === undefined && request.dueInWorkingDays === undefined) ||
      request.dueDate !== undefined,
  )
  @IsLocalDate()
  dueDate?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_WORKING_DAYS,
    example: 15,
    description:
      '"Trong 15 ngày làm việc": the deadline in working days from today (weekends, holidays and announced days off not counted), instead of dueDate. 422 calendar.not_announced when the days off it would cross are not yet announced',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WORKING_DAYS)
  dueInWorkingDays?: number;

  @ApiPropertyOptional({
    description: 'A dueDate that falls on a weekend, holiday or day off moves to the next working day',
  })
  @IsOptional()
  @IsBoolean()
  dueDateRollsToNextWorkingDay?: boolean;

  @ApiPropertyOptional({ type: RecurrenceDto, description: 'For recurring reports (báo cáo định kỳ)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence?: RecurrenceDto;

  @ApiPropertyOptional({
    description:
      'Accept a due date that has already passed: for entering an old plan after the fact. Without it a past due date is refused (422 task.due_date_in_past).',
  })
  @IsOptional()
  @IsBoolean()
  backdated?: boolean;

  @ApiPropertyOptional({
    description: 'The document gave no deadline; the end of the period it names was used',
  })
  @IsOptional()
  @IsBoolean()
  dueDateIsPeriodEnd?: boolean;

  @ApiPropertyOptional({
    type: TaskSourceDto,
    description: 'The document, section and quoted text the task comes from',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskSourceDto)
  source?: TaskSourceDto;

  @ApiPropertyOptional({
    example: 'kh-495-iii-5-2',
    description: 'Stable id; generated when omitted (not with allCommunes)',
  })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  taskId?: string;
}
