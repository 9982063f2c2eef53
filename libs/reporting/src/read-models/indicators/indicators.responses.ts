import { ApiProperty } from '@nestjs/swagger';
import { ApiAsOfAnswer, ApiDay, ApiInstant, ApiNullable } from '@giaoviec/platform';
import { INDICATOR_DIRECTIONS, type IndicatorDirection } from '@giaoviec/planning';
import type { IndicatorScore, IndicatorScoreboard, TargetRevision } from './indicators.queries';

/** The response shapes of GET /dashboard/indicators. */
export class LatestValueView implements NonNullable<IndicatorScore['latest']> {
  @ApiProperty() reportId!: string;
  @ApiProperty({ example: '2026-Q2' }) period!: string;
  @ApiProperty() value!: number;
  @ApiDay() asOf!: string;
  @ApiProperty() source!: string;
  @ApiProperty() reportedByAgencyId!: string;
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
  @ApiNullable(LatestValueView, { description: 'The latest value reported for a period of that year' })
  latest!: LatestValueView | null;
  @ApiNullable(Boolean, { description: 'Whether the latest value meets the target; null without both' })
  achieved!: boolean | null;
  @ApiProperty({ type: [YearTargetView] }) targets!: YearTargetView[];
  @ApiProperty({ type: [TargetRevisionView] }) revisions!: TargetRevisionView[];
}

export class IndicatorScoreboardView implements IndicatorScoreboard {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiDay() today!: string;
  @ApiAsOfAnswer() asOf!: string | null;
  @ApiProperty({ type: [IndicatorScoreView] }) indicators!: IndicatorScoreView[];
}
