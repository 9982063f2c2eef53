import { ApiProperty } from '@nestjs/swagger';
import { ApiAsOfAnswer, ApiDay, ApiInstant, ApiNullable } from '@giaoviec/platform';
import { INDICATOR_DIRECTIONS, type IndicatorDirection } from '@giaoviec/planning';
import {
  PROGRESS_RULE,
  PROGRESS_STATUSES,
  type IndicatorProgress,
  type ProgressStatus,
} from './indicator-progress';
import type {
  IndicatorScore,
  IndicatorScoreboard,
  OpenValueReport,
  TargetRevision,
} from './indicators.queries';

/** The response shapes of GET /dashboard/indicators. */
export class LatestValueView implements NonNullable<IndicatorScore['latest']> {
  @ApiProperty() reportId!: string;
  @ApiProperty({ example: '2026-Q2' }) period!: string;
  @ApiProperty() value!: number;
  @ApiDay() asOf!: string;
  @ApiProperty() source!: string;
  @ApiNullable(String, { description: 'The documents cited as evidence' }) evidenceNote!: string | null;
  @ApiProperty() reportedByAgencyId!: string;
  @ApiInstant({ nullable: true, description: 'When the standing office confirmed it' }) confirmedAt!:
    string | null;
}

export class IndicatorProgressView implements IndicatorProgress {
  @ApiProperty({ enum: PROGRESS_STATUSES, enumName: 'IndicatorProgressStatus' }) status!: ProgressStatus;
  @ApiNullable(Number, { description: "Share of the year elapsed at the end of the value's period (0–1)" })
  yearElapsed!: number | null;
  @ApiNullable(Number, {
    description: 'What the value is judged against: the pro-rata path (at_least) or the target',
  })
  expected!: number | null;
  @ApiProperty({ description: "The value's period ends with the year: reached or not" }) final!: boolean;
}

export class OpenValueReportView implements OpenValueReport {
  @ApiProperty() reportId!: string;
  @ApiProperty({ example: '2026-Q2' }) period!: string;
  @ApiProperty() value!: number;
  @ApiDay() asOf!: string;
  @ApiProperty() source!: string;
  @ApiNullable(String) evidenceNote!: string | null;
  @ApiProperty() reportedByAgencyId!: string;
  @ApiNullable(String) reportedByAgencyName!: string | null;
  @ApiNullable(String, {
    description: 'Set when the standing office reported on behalf of the responsible agency',
  })
  onBehalfReason!: string | null;
  @ApiProperty({
    enum: ['pending', 'returned'],
    description: 'pending: chờ xác nhận; returned: trả lại, to report again',
  })
  status!: 'pending' | 'returned';
  @ApiNullable(String) returnReason!: string | null;
  @ApiInstant({ nullable: true }) reportedAt!: string | null;
}

export class YearTargetView {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty() value!: number;
  @ApiNullable(Number, { description: 'What the plan first set; null: not recorded' })
  originalValue!: number | null;
}

export class TargetRevisionView implements TargetRevision {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiNullable(Number, { description: 'Null: no target was recorded for the year before' })
  previousValue!: number | null;
  @ApiProperty() newValue!: number;
  @ApiProperty() amendmentId!: string;
  @ApiNullable(String, { example: '160/KH-UBND' }) amendingDocumentNumber!: string | null;
  @ApiNullable(String) amendingDocumentTitle!: string | null;
  @ApiDay({ nullable: true }) amendingDocumentIssuedOn!: string | null;
  @ApiInstant({ nullable: true }) occurredAt!: string | null;
  @ApiInstant() recordedAt!: string;
}

export class IndicatorScoreView implements IndicatorScore {
  @ApiProperty() indicatorId!: string;
  @ApiProperty() planId!: string;
  @ApiNullable(String) planNumber!: string | null;
  @ApiNullable(String) code!: string | null;
  @ApiProperty() name!: string;
  @ApiNullable(String, { example: 'Kinh tế số' }) group!: string | null;
  @ApiProperty({ example: '%' }) unit!: string;
  @ApiProperty({ enum: INDICATOR_DIRECTIONS, enumName: 'IndicatorDirection' }) direction!: IndicatorDirection;
  @ApiProperty() responsibleAgencyId!: string;
  @ApiNullable(String) responsibleAgencyName!: string | null;
  @ApiNullable(Number, { description: "The year's target, as last revised; null if the year has none" })
  target!: number | null;
  @ApiNullable(LatestValueView, {
    description:
      'The latest value of a period of that year that the standing office confirmed; values waiting are in openReports',
  })
  latest!: LatestValueView | null;
  @ApiNullable(Boolean, {
    description: 'Whether the latest confirmed value meets the target; null without both',
  })
  achieved!: boolean | null;
  @ApiProperty({ type: IndicatorProgressView, description: PROGRESS_RULE })
  progress!: IndicatorProgressView;
  @ApiProperty({ type: [OpenValueReportView] }) openReports!: OpenValueReportView[];
  @ApiProperty({ type: [YearTargetView] }) targets!: YearTargetView[];
  @ApiProperty({ type: [TargetRevisionView] }) revisions!: TargetRevisionView[];
}

export class IndicatorScoreboardView implements IndicatorScoreboard {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiDay() today!: string;
  @ApiAsOfAnswer() asOf!: string | null;
  @ApiProperty({ type: [IndicatorScoreView] }) indicators!: IndicatorScoreView[];
}
