import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { isLocalDate } from '@giaoviec/kernel';
import { CursorParam, IdFilter, LimitRequest } from '../shared/read-model.requests';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A calendar day YYYY-MM-DD (in Huế) or an ISO-8601 instant with its offset. */
export function isDayOrInstant(value: unknown): value is string {
  return (
    isLocalDate(value) ||
    (typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
  );
}

function IsDayOrInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDayOrInstant',
      validator: {
        validate: isDayOrInstant,
        defaultMessage: () =>
          '$property must be a date YYYY-MM-DD (a day in Huế) or an ISO-8601 instant such as 2026-06-30T17:00:00Z',
      },
    },
    options,
  );
}

/** GET /audit query parameters. */
export class AuditRequest extends LimitRequest {
  @ApiPropertyOptional({ description: 'Events made by this user' })
  @IdFilter()
  actorUserId?: string;

  @ApiPropertyOptional({ description: "Events made by this agency's users or concerning this agency" })
  @IdFilter()
  agencyId?: string;

  @ApiPropertyOptional()
  @IdFilter()
  planId?: string;

  @ApiPropertyOptional()
  @IdFilter()
  taskId?: string;

  @ApiPropertyOptional()
  @IdFilter()
  indicatorId?: string;

  @ApiPropertyOptional({ description: 'Event type(s), comma-separated, e.g. TaskAcknowledged,TaskCompleted' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @Matches(/^[A-Za-z]+(?:,[A-Za-z]+)*$/, {
    message: '$property must be event type names separated by commas',
  })
  type?: string;

  @ApiPropertyOptional({ description: 'From this day (in Huế) or instant, inclusive' })
  @IsOptional()
  @IsDayOrInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this day (in Huế, the whole day) or instant, inclusive' })
  @IsOptional()
  @IsDayOrInstant()
  to?: string;

  @ApiPropertyOptional({
    enum: ['recorded', 'occurred'],
    default: 'recorded',
    description: 'Which time from/to filter on',
  })
  @IsOptional()
  @IsIn(['recorded', 'occurred'])
  timeField?: 'recorded' | 'occurred';

  @ApiPropertyOptional({
    enum: ['desc', 'asc'],
    default: 'desc',
    description: 'Newest first, or oldest first',
  })
  @IsOptional()
  @IsIn(['desc', 'asc'])
  order?: 'desc' | 'asc';

  @ApiPropertyOptional({
    enum: ['json', 'csv', 'xlsx'],
    description:
      'csv: the same as Accept: text/csv; xlsx: the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format?: 'json' | 'csv' | 'xlsx';

  @CursorParam()
  cursor?: string;
}
