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
    case 'IndicatorValueReported':
      return { ...state, reports: { ...state.reports, [event.data.reportId]: event.data } };
  }
}
