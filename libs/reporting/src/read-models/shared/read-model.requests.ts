import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/**
 * Every read-model query accepts `readAfter`: the position a command answered with; the
 * read waits (bounded) until the read models reached it. The global pipe refuses unknown
 * query parameters, so each query DTO must declare it.
 */
export class ReadModelRequest {
  @ApiPropertyOptional({
    description:
      'Wait until the read models have applied this position (from a command answer) before reading; also X-Read-After',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  readAfter?: string;
}

export class LimitRequest extends ReadModelRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class PagedRequest extends LimitRequest {
  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Rows to skip; not together with cursor' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset?: number;
}

/** The `nextCursor` of the previous page (keyset paging, which stays fast deep into a long list). */
export function CursorParam(): PropertyDecorator {
  return (target, property) => {
    ApiPropertyOptional({ description: 'nextCursor of the previous page (keyset paging)' })(target, property);
    IsOptional()(target, property);
    IsString()(target, property);
    MaxLength(2000)(target, property);
  };
}

/** An id given as a filter: any non-empty text up to 200 characters (ids are matched exactly). */
export function IdFilter(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    IsString()(target, property);
    IsNotEmpty()(target, property);
    MaxLength(200)(target, property);
  };
}

export const AGENCY_PARTICIPATIONS = ['lead', 'coordinating', 'any'] as const;
export type AgencyParticipation = (typeof AGENCY_PARTICIPATIONS)[number];

/** Task filters by agency: the agency leads (chủ trì) or coordinates (phối hợp) the task. */
export class AgencyTaskFilterRequest extends PagedRequest {
  @ApiPropertyOptional({ description: 'Tasks this agency leads or coordinates (see participation)' })
  @IdFilter()
  agencyId?: string;

  @ApiPropertyOptional({ enum: AGENCY_PARTICIPATIONS, default: 'any' })
  @IsOptional()
  @IsIn(AGENCY_PARTICIPATIONS)
  participation?: AgencyParticipation;

  @ApiPropertyOptional()
  @IdFilter()
  planId?: string;
}
