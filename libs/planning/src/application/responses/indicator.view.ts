import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ApiDay, ApiNullable } from '@giaoviec/platform';
import {
  INDICATOR_DIRECTIONS,
  type DefinedIndicator,
  type IndicatorDirection,
  type IndicatorTarget,
  REPORT_REVIEW_STATUSES,
  type IndicatorValueReportedData,
  type RecordedTargetRevision,
  type ReportReviewStatus,
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
  @ApiPropertyOptional({ description: 'The documents that back the figure, in words' }) evidenceNote?: string;
  @ApiPropertyOptional({
    description: 'Why another agency (the standing office) reported on behalf of the responsible one',
  })
  onBehalfReason?: string;
  @ApiPropertyOptional({ description: 'The earlier report of the same period this one replaces' })
  supersedesReportId?: string;
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
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...REPORT_REVIEW_STATUSES] },
    description:
      'Where each report stands, by report id: pending (chờ xác nhận), confirmed, returned or superseded',
  })
  reportStatuses!: Record<string, ReportReviewStatus>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The report that stands for each period, by period',
  })
  currentReportOfPeriod!: Record<string, string>;
  @ApiProperty({ type: 'integer', description: 'Stream version; send it back as If-Match' }) version!: number;
}
