import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AsOfQueryParam } from '@giaoviec/platform';
import { IdFilter, ReadModelRequest } from '../shared/read-model.requests';

/** GET /dashboard/indicators query parameters. */
export class IndicatorScoreboardRequest extends ReadModelRequest {
  @ApiPropertyOptional({ description: 'Only the indicators of this plan' })
  @IdFilter()
  planId?: string;

  @ApiPropertyOptional({ minimum: 1900, maximum: 2200, description: 'Defaults to the current year in Huế' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number;

  @AsOfQueryParam()
  asOf?: string;
}
