import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AGENCY_KINDS, type AgencyKind } from '@giaoviec/agencies';
import { IsLocalDate } from '@giaoviec/platform';
import { ReadModelRequest } from '../shared/read-model.requests';

/** GET /dashboard/agency-scoreboard query parameters: the period, both days included. */
export class AgencyScoreboardRequest extends ReadModelRequest {
  @ApiProperty({ example: '2026-01-01', description: 'First day of the period (a deadline on it counts)' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: '2026-06-30', description: 'Last day of the period, not before `from`' })
  @IsLocalDate()
  to!: string;

  @ApiPropertyOptional({ enum: AGENCY_KINDS, description: 'Rank only departments, or only communes' })
  @IsOptional()
  @IsIn(AGENCY_KINDS)
  kind?: AgencyKind;
}
