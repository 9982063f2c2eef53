import { notFound } from '@giaoviec/kernel';
import {
  IndicatorDirection,
  IndicatorEvent,
  IndicatorTarget,
  IndicatorValueReportedData,
} from './indicator-events';

/** A revision recorded on the indicator, kept so a repeated amendment is recognised. */
export interface RecordedTargetRevision {
  readonly amendmentId: string;
  readonly year: number;
  readonly previousValue: number | null;
  readonly newValue: number;
}

/**
 * Where a reported value stands: waiting for the standing office (`pending`), counted
 * (`confirmed`), sent back (`returned`), or replaced by a later report of its period (`superseded`).
 */
export const REPORT_REVIEW_STATUSES = ['pending', 'confirmed', 'returned', 'superseded'] as const;
export type ReportReviewStatus = (typeof REPORT_REVIEW_STATUSES)[number];

export interface UndefinedIndicator {
  readonly status: 'not_defined';
}

export interface DefinedIndicator {
  readonly status: 'defined';
  readonly indicatorId: string;
  readonly planId: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  readonly responsibleAgencyId: string;
  /** The current target of each year, sorted by year. */
  readonly targets: readonly IndicatorTarget[];
  readonly revisions: readonly RecordedTargetRevision[];
  /** Reports by report id, so a repeated report is recognised. */
  readonly reports: Readonly<Record<string, IndicatorValueReportedData>>;
  /** Where each report stands, by report id. */
  readonly reportStatuses: Readonly<Record<string, ReportReviewStatus>>;
  /** The report that stands for each period (the latest one; the earlier ones are superseded). */
  readonly currentReportOfPeriod: Readonly<Record<string, string>>;
}

export type IndicatorState = UndefinedIndicator | DefinedIndicator;

export function initialIndicatorState(): IndicatorState {
  return { status: 'not_defined' };
}

/** The current target for a year, or null when the year has none. */
export function targetFor(indicator: DefinedIndicator, year: number): number | null {
  return indicator.targets.find((target) => target.year === year)?.value ?? null;
}

export function revisionRecorded(
  indicator: DefinedIndicator,
  amendmentId: string,
  year: number,
): RecordedTargetRevision | undefined {
  return indicator.revisions.find(
    (revision) => revision.amendmentId === amendmentId && revision.year === year,
  );
}

/** 'indicator kt-grdp ("Tỷ trọng kinh tế số trong GRDP")', for messages. */
export function describeIndicator(indicator: Pick<DefinedIndicator, 'indicatorId' | 'name'>): string {
  return `indicator ${indicator.indicatorId} ("${indicator.name}")`;
}

export function requireDefinedIndicator(state: IndicatorState, indicatorId: string): DefinedIndicator {
  if (state.status === 'not_defined') {
    throw notFound('indicator.not_found', `Indicator ${indicatorId} has not been defined.`, { indicatorId });
  }
  return state;
}

const byYear = (a: IndicatorTarget, b: IndicatorTarget) => a.year - b.year;

export function evolveIndicator(state: IndicatorState, event: IndicatorEvent): IndicatorState {
  if (event.type === 'IndicatorDefined') {
    const { indicatorId, planId, name, unit, direction, responsibleAgencyId, targets } = event.data;
    return {
      status: 'defined',
      indicatorId,
      planId,
      name,
      unit,
      direction,
      responsibleAgencyId,
      targets: [...targets].sort(byYear),
      revisions: [],
      reports: {},
      reportStatuses: {},
      currentReportOfPeriod: {},
    };
  }
  if (state.status === 'not_defined') return state;
  switch (event.type) {
    case 'IndicatorTargetRevised': {
      const { amendmentId, year, previousValue, newValue } = event.data;
      const targets = [
        ...state.targets.filter((target) => target.year !== year),
        { year, value: newValue },
      ].sort(byYear);
      return {
        ...state,
        targets,
        revisions: [...state.revisions, { amendmentId, year, previousValue, newValue }],
      };
    }
    case 'IndicatorValueReported': {
      const { reportId, period } = event.data;
      // Reports recorded before review existed carry no supersedesReportId: the period's earlier report is replaced all the same.
      const earlier = state.currentReportOfPeriod[period];
      return {
        ...state,
        reports: { ...state.reports, [reportId]: event.data },
        reportStatuses: {
          ...state.reportStatuses,
          ...(earlier && earlier !== reportId ? { [earlier]: 'superseded' as const } : {}),
          [reportId]: 'pending',
        },
        currentReportOfPeriod: { ...state.currentReportOfPeriod, [period]: reportId },
      };
    }
    case 'IndicatorValueConfirmed':
      return { ...state, reportStatuses: { ...state.reportStatuses, [event.data.reportId]: 'confirmed' } };
    case 'IndicatorValueReturned':
      return { ...state, reportStatuses: { ...state.reportStatuses, [event.data.reportId]: 'returned' } };
  }
}
