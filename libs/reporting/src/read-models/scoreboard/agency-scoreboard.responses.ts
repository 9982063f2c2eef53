import { ApiProperty } from '@nestjs/swagger';
import { ApiDay, ApiNullable } from '@giaoviec/platform';
import { CoordinatorRecordView } from '../dashboard/dashboard.responses';
import type { AgencyScoreboard } from './agency-scoreboard.queries';
import { SCOREBOARD_ORDERING_RULE, type LeadPeriodRecord, type RankedEntry } from './scoreboard-ranking';

/** The response shape of GET /dashboard/agency-scoreboard. */
export class LeadPeriodRecordView implements LeadPeriodRecord {
  @ApiProperty({ type: 'integer', description: 'Tasks it leads whose deadline in force falls in the period' })
  due!: number;
  @ApiProperty({ type: 'integer', description: 'Hoàn thành đúng hạn' }) completed_on_time!: number;
  @ApiProperty({ type: 'integer', description: 'Hoàn thành quá hạn' }) completed_late!: number;
  @ApiProperty({ type: 'integer', description: 'Still owing work past the deadline today (còn quá hạn)' })
  still_overdue!: number;
  @ApiProperty({ type: 'integer', description: 'Still being worked on, the deadline not passed yet' })
  in_progress!: number;
}

export class ScoreboardEntryView implements RankedEntry {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Equal agencies share a rank (1, 1, 3)' })
  rank!: number;
  @ApiProperty() agencyId!: string;
  @ApiNullable(String) agencyName!: string | null;
  @ApiNullable(String) shortName!: string | null;
  @ApiNullable(String, { example: 'department' }) kind!: string | null;
  @ApiProperty({ type: LeadPeriodRecordView, description: 'As lead agency (chủ trì), its units included' })
  lead!: LeadPeriodRecordView;
  @ApiNullable(Number, {
    minimum: 0,
    maximum: 100,
    description: 'completed_on_time / due × 100, one decimal; null without a task due as lead',
  })
  leadOnTimeRate!: number | null;
  @ApiProperty({
    type: CoordinatorRecordView,
    description: 'As coordinating agency (phối hợp), over the tasks due in the period',
  })
  coordinator!: CoordinatorRecordView;
  @ApiNullable(Number, {
    minimum: 0,
    maximum: 100,
    description: 'on_time / tasks × 100 as coordinating agency, one decimal; null without one',
  })
  coordinatorOnTimeRate!: number | null;
}

export class AgencyScoreboardView implements AgencyScoreboard {
  @ApiDay() from!: string;
  @ApiDay() to!: string;
  @ApiDay({ description: '"Still overdue" is as of this day in Huế' }) today!: string;
  @ApiProperty({ description: 'The ordering rule, in words', example: SCOREBOARD_ORDERING_RULE })
  orderingRule!: string;
  @ApiProperty({
    type: [ScoreboardEntryView],
    description: 'In rank order: every agency with a task due in the period, as lead or coordinating agency',
  })
  agencies!: ScoreboardEntryView[];
}
