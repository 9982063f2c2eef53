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
  /** The documents that back the figure, in words (e.g. "Báo cáo số 12/BC-SKHCN ngày 05/4/2026"). */
  readonly evidenceNote?: string;
  /**
   * Set when an agency other than the responsible one (the standing office) reports on its
   * behalf: why. Reports recorded before this field existed were all by the responsible agency
   * or the standing office, and carry none.
   */
  readonly onBehalfReason?: string;
  /** The earlier report of the same period this one replaces (it was pending or returned). */
  readonly supersedesReportId?: string;
  // Evidence files (an optional `evidence` array of stored documents) are meant to be added
  // here as one more optional field; reports without it keep folding.
}
export type IndicatorValueReported = DomainEvent<'IndicatorValueReported', IndicatorValueReportedData>;

/** The standing office checked a reported value: from now on it counts on the scoreboard. */
export interface IndicatorValueConfirmedData {
  readonly indicatorId: string;
  readonly reportId: string;
  readonly period: string;
  readonly value: number;
  readonly note?: string;
}
export type IndicatorValueConfirmed = DomainEvent<'IndicatorValueConfirmed', IndicatorValueConfirmedData>;

/** The standing office sent a reported value back to the responsible agency, which may report the period again. */
export interface IndicatorValueReturnedData {
  readonly indicatorId: string;
  readonly reportId: string;
  readonly period: string;
  /** The agency answering for the indicator: it is told. */
  readonly responsibleAgencyId: string;
  readonly reason: string;
}
export type IndicatorValueReturned = DomainEvent<'IndicatorValueReturned', IndicatorValueReturnedData>;

export type IndicatorEvent =
  | IndicatorDefined
  | IndicatorTargetRevised
  | IndicatorValueReported
  | IndicatorValueConfirmed
  | IndicatorValueReturned;
export type IndicatorEventType = IndicatorEvent['type'];

/** The schema version of each event's data (stored in the event metadata); bump it when a shape changes. */
export const INDICATOR_EVENT_SCHEMA_VERSIONS: Readonly<Record<IndicatorEventType, number>> = {
  IndicatorDefined: 1,
  IndicatorTargetRevised: 1,
  // 1 still: the fields added since (evidenceNote, onBehalfReason, supersedesReportId) are optional.
  IndicatorValueReported: 1,
  IndicatorValueConfirmed: 1,
  IndicatorValueReturned: 1,
};

export const INDICATOR_EVENT_TYPES = Object.keys(
  INDICATOR_EVENT_SCHEMA_VERSIONS,
) as readonly IndicatorEventType[];

export function isIndicatorEvent(event: { readonly type: string }): event is IndicatorEvent {
  return (INDICATOR_EVENT_TYPES as readonly string[]).includes(event.type);
}
