import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AGENCY_KINDS, type AgencyKind } from '@giaoviec/agencies';
import { AsOfQueryParam } from '@giaoviec/platform';
import { IdFilter, ReadModelRequest } from '../shared/read-model.requests';

/** GET /dashboard/agencies query parameters. */
export class AgencyDashboardRequest extends ReadModelRequest {
  @ApiPropertyOptional({ description: 'Only the tasks of this plan' })
  @IdFilter()
  planId?: string;

  @ApiPropertyOptional({ description: "Only this lead agency's row" })
  @IdFilter()
  agencyId?: string;

  @ApiPropertyOptional({
    enum: AGENCY_KINDS,
    description: 'Only departments, communes, other units or ministries',
  })
  @IsOptional()
  @IsIn(AGENCY_KINDS)
  kind?: AgencyKind;

  @AsOfQueryParam()
  asOf?: string;
}

/** GET /dashboard/plans/:planId query parameters. */
export class PlanDashboardRequest extends ReadModelRequest {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 4,
    default: 2,
    description: "Levels of the plan item number a section is made of: 2 groups 'III.1.2' under 'III.1'",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  sectionDepth?: number;

  @AsOfQueryParam()
  asOf?: string;
}
