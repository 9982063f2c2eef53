import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ApiDay, ApiNullable } from '@giaoviec/platform';
import {
  INDICATOR_DIRECTIONS,
  type DefinedIndicator,
  type IndicatorDirection,
  type IndicatorTarget,
  type IndicatorValueReportedData,
  type RecordedTargetRevision,
} from '../../domain';

export class IndicatorTargetView implements IndicatorTarget {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty() value!: number;
}

export class IndicatorTargetRevisionView implements RecordedTargetRevision {
  @ApiProperty() amendmentId!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiNullable(Number) previousValue!: number | null;
  @ApiProperty() newValue!: number;
}

export class IndicatorValueReportView implements IndicatorValueReportedData {
  @ApiProperty() indicatorId!: string;
  @ApiProperty() reportId!: string;
  @ApiProperty({ example: '2026-Q2', description: 'YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM' })
  period!: string;
  @ApiProperty() value!: number;
  @ApiProperty() source!: string;
  @ApiProperty() reportedByAgencyId!: string;
  @ApiDay({ description: 'The date the figure was measured at' }) asOf!: string;
}

/** A KPI indicator (chỉ tiêu) as its stream says now. */
@ApiExtraModels(IndicatorValueReportView)
export class IndicatorView implements DefinedIndicator {
  @ApiProperty({ enum: ['defined'] }) status!: 'defined';
  @ApiProperty() indicatorId!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '%' }) unit!: string;
  @ApiProperty({ enum: INDICATOR_DIRECTIONS, enumName: 'IndicatorDirection' }) direction!: IndicatorDirection;
  @ApiProperty() responsibleAgencyId!: string;
  @ApiProperty({ type: [IndicatorTargetView], description: 'The current target of each year, by year' })
  targets!: readonly IndicatorTargetView[];
  @ApiProperty({ type: [IndicatorTargetRevisionView] }) revisions!: readonly IndicatorTargetRevisionView[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(IndicatorValueReportView) },
    description: 'The reported values, by report id',
  })
  reports!: Record<string, IndicatorValueReportView>;
  @ApiProperty({ type: 'integer', description: 'Stream version; send it back as If-Match' }) version!: number;
}
