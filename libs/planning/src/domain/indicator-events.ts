import { DomainEvent, LocalDate } from '@giaoviec/kernel';

/** Every KPI indicator (chỉ tiêu) has its own stream, `indicator-<indicatorId>`. */
export const INDICATOR_STREAM_PREFIX = 'indicator-';

export function indicatorStreamId(indicatorId: string): string {
  return `${INDICATOR_STREAM_PREFIX}${indicatorId}`;
}

/**
 * How a reported value meets a target: `at_least` (e.g. "80% of dossiers processed online",
 * "over 40% with a digital signature"), `at_most` (e.g. a ceiling on paper dossiers),
 * `exactly` (a count to reach, e.g. one data exchange).
 */
export const INDICATOR_DIRECTIONS = ['at_least', 'at_most', 'exactly'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export interface IndicatorTarget {
  readonly year: number;
  readonly value: number;
}

export interface IndicatorDefinedData {
  readonly indicatorId: string;
  readonly planId: string;
  /** e.g. 'CQS-1'. */
  readonly code?: string;
  /** In Vietnamese, as the plan words it, e.g. 'Tỷ trọng kinh tế số trong GRDP'. */
  readonly name: string;
  /** e.g. 'Chính quyền số', 'Kinh tế số', 'Xã hội số'. */
  readonly group?: string;
  /** e.g. '%', 'doanh nghiệp', 'Mb/s'; values in '%' lie between 0 and 100. */
  readonly unit: string;
  readonly direction: IndicatorDirection;
  /** Yearly targets, one per year, sorted by year; empty when the source states none. */
  readonly targets: readonly IndicatorTarget[];
  readonly responsibleAgencyId: string;
  /** When the indicator was added by an amendment of the plan rather than by the plan itself. */
  readonly introducedByAmendmentId?: string;
}
export type IndicatorDefined = DomainEvent<'IndicatorDefined', IndicatorDefinedData>;

export interface IndicatorTargetRevisedData {
  readonly indicatorId: string;
  readonly planId: string;
  readonly year: number;
  /** The target before the revision, read from the indicator; null when none was recorded for the year. */
  readonly previousValue: number | null;
  readonly newValue: number;
  readonly amendmentId: string;
  /** e.g. the number of the plan that amends the plan; null when the source gives no number. */
  readonly amendingDocumentNumber: string | null;
}
export type IndicatorTargetRevised = DomainEvent<'IndicatorTargetRevised', IndicatorTargetRevisedData>;

export interface IndicatorValueReportedData {
  readonly indicatorId: string;
  /** Unique within the indicator; chosen by the client, so a retried report is recognised. */
  readonly reportId: string;
  /** 'YYYY', 'YYYY-H1' | 'YYYY-H2', 'YYYY-Q1'..'YYYY-Q4' or 'YYYY-MM' (see `parseReportingPeriod`). */
  readonly period: string;
  readonly value: number;
  /** Where the figure comes from, e.g. a report number or the system it was read from. */
  readonly source: string;
  readonly reportedByAgencyId: string;
  /** The date the figure was measured at. */
  readonly asOf: LocalDate;
}
export type IndicatorValueReported = DomainEvent<'IndicatorValueReported', IndicatorValueReportedData>;

export type IndicatorEvent = IndicatorDefined | IndicatorTargetRevised | IndicatorValueReported;
export type IndicatorEventType = IndicatorEvent['type'];

/** The schema version of each event's data (stored in the event metadata); bump it when a shape changes. */
export const INDICATOR_EVENT_SCHEMA_VERSIONS: Readonly<Record<IndicatorEventType, number>> = {
  IndicatorDefined: 1,
  IndicatorTargetRevised: 1,
  IndicatorValueReported: 1,
};

export const INDICATOR_EVENT_TYPES = Object.keys(
  INDICATOR_EVENT_SCHEMA_VERSIONS,
) as readonly IndicatorEventType[];

export function isIndicatorEvent(event: { readonly type: string }): event is IndicatorEvent {
  return (INDICATOR_EVENT_TYPES as readonly string[]).includes(event.type);
}
