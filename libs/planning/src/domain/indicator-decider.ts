import { conflict, DecisionContext, Decider, isLocalDate, notFound, unprocessable } from '@giaoviec/kernel';
import {
  DefineIndicator,
  IndicatorCommand,
  ReportIndicatorValue,
  ReviseIndicatorTarget,
} from './indicator-commands';
import {
  IndicatorDefined,
  IndicatorDefinedData,
  IndicatorEvent,
  IndicatorTarget,
  IndicatorTargetRevised,
  IndicatorValueReported,
  IndicatorValueReportedData,
  INDICATOR_DIRECTIONS,
} from './indicator-events';
import { requireIndicatorValue, requireTargetYear } from './indicator-values';
import {
  DefinedIndicator,
  evolveIndicator,
  IndicatorState,
  initialIndicatorState,
  revisionRecorded,
  targetFor,
} from './indicator-state';
import { parseReportingPeriod } from './reporting-period';
import { duplicatesOf, isBlank, optionalText } from '@giaoviec/kernel';

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

const formatValue = (value: number | null, unit: string) =>
  value === null ? 'no recorded target' : unit === '%' ? `${value}%` : `${value} ${unit}`;

function define({ data }: DefineIndicator, state: IndicatorState): IndicatorDefined[] {
  if (state.status === 'defined') {
    throw conflict(
      'indicator.already_defined',
      `Indicator ${data.indicatorId} is already defined as "${state.name}".`,
      {
        indicatorId: data.indicatorId,
      },
    );
  }
  const id = data.indicatorId;
  const details = { indicatorId: id };
  if (isBlank(id)) throw unprocessable('indicator.id_required', 'An indicator needs a non-empty id.');
  if (isBlank(data.planId))
    throw unprocessable('indicator.plan_required', `Indicator ${id} needs the plan it belongs to.`, details);
  if (isBlank(data.name))
    throw unprocessable('indicator.name_required', `Indicator ${id} needs a name.`, details);
  if (isBlank(data.unit))
    throw unprocessable('indicator.unit_required', `Indicator ${id} needs a unit (e.g. '%').`, details);
  if (!INDICATOR_DIRECTIONS.includes(data.direction)) {
    throw unprocessable(
      'indicator.direction_invalid',
      `"${String(data.direction)}" is not a direction for indicator ${id}; use one of ${INDICATOR_DIRECTIONS.join(', ')}.`,
      { ...details, direction: data.direction },
    );
  }
  if (isBlank(data.responsibleAgencyId)) {
    throw unprocessable(
      'indicator.responsible_agency_required',
      `Indicator ${id} needs a responsible agency.`,
      details,
    );
  }
  // An empty list: the source states no target (they may come with an amendment).
  if (!Array.isArray(data.targets)) {
    throw unprocessable(
      'indicator.targets_required',
      `Indicator ${id} needs its list of yearly targets (empty when the source states none).`,
      details,
    );
  }
  const unit = data.unit.trim();
  const targets: IndicatorTarget[] = data.targets.map((target) => ({
    year: requireTargetYear(id, target.year),
    value: requireIndicatorValue(id, unit, target.value, `${target.year} target`),
  }));
  const repeated = duplicatesOf(targets.map((target) => target.year));
  if (repeated.length > 0) {
    throw unprocessable(
      'indicator.target_year_duplicate',
      `Indicator ${id} has more than one target for ${repeated.join(', ')}.`,
      {
        ...details,
        years: repeated,
      },
    );
  }
  const code = optionalText(data.code);
  const group = optionalText(data.group);
  const introducedByAmendmentId = optionalText(data.introducedByAmendmentId);
  const defined: IndicatorDefinedData = {
    indicatorId: id,
    planId: data.planId,
    ...(code ? { code } : {}),
    name: data.name.trim(),
    ...(group ? { group } : {}),
    unit,
    direction: data.direction,
    targets: [...targets].sort((a, b) => a.year - b.year),
    responsibleAgencyId: data.responsibleAgencyId,
    ...(introducedByAmendmentId ? { introducedByAmendmentId } : {}),
  };
  return [{ type: 'IndicatorDefined', data: defined }];
}

function revise({ data }: ReviseIndicatorTarget, state: IndicatorState): IndicatorTargetRevised[] {
  const indicator = requireDefinedIndicator(state, data.indicatorId);
  const details = { indicatorId: data.indicatorId, year: data.year, amendmentId: data.amendmentId };
  if (isBlank(data.amendmentId)) {
    throw unprocessable(
      'indicator.amendment_required',
      `A target of ${describeIndicator(indicator)} is only revised by an amendment of its plan.`,
      details,
    );
  }
  // null: the amending document has no known number; anything else must be a number.
  if (data.amendingDocumentNumber !== null && isBlank(data.amendingDocumentNumber)) {
    throw unprocessable(
      'indicator.amending_document_required',
      `Revising a target of ${describeIndicator(indicator)} needs the number of the amending document, or null when it has none.`,
      details,
    );
  }
  const year = requireTargetYear(data.indicatorId, data.year);
  const newValue = requireIndicatorValue(
    data.indicatorId,
    indicator.unit,
    data.newValue,
    `revised ${year} target`,
  );
  const recorded = revisionRecorded(indicator, data.amendmentId, year);
  if (recorded) {
    if (recorded.newValue === newValue) return [];
    throw conflict(
      'indicator.amendment_year_already_revised',
      `Amendment ${data.amendmentId} already set the ${year} target of ${describeIndicator(indicator)} to ` +
        `${formatValue(recorded.newValue, indicator.unit)}; it cannot set it to ${formatValue(newValue, indicator.unit)}.`,
      { ...details, recordedValue: recorded.newValue, newValue },
    );
  }
  const previousValue = targetFor(indicator, year);
  if (previousValue === newValue) {
    throw conflict(
      'indicator.target_unchanged',
      `The ${year} target of ${describeIndicator(indicator)} is already ${formatValue(newValue, indicator.unit)}; a revision must change it.`,
      { ...details, value: newValue },
    );
  }
  return [
    {
      type: 'IndicatorTargetRevised',
      data: {
        indicatorId: data.indicatorId,
        planId: indicator.planId,
        year,
        previousValue,
        newValue,
        amendmentId: data.amendmentId.trim(),
        amendingDocumentNumber:
          data.amendingDocumentNumber === null ? null : data.amendingDocumentNumber.trim(),
      },
    },
  ];
}

const sameReport = (a: IndicatorValueReportedData, b: IndicatorValueReportedData) =>
  a.period === b.period &&
  a.value === b.value &&
  a.source === b.source &&
  a.reportedByAgencyId === b.reportedByAgencyId &&
  a.asOf === b.asOf;

function report(
  { data }: ReportIndicatorValue,
  state: IndicatorState,
  context: DecisionContext,
): IndicatorValueReported[] {
  const indicator = requireDefinedIndicator(state, data.indicatorId);
  const details = { indicatorId: data.indicatorId, reportId: data.reportId };
  if (isBlank(data.reportId)) {
    throw unprocessable(
      'indicator.report_id_required',
      `A value of ${describeIndicator(indicator)} needs a report id.`,
      details,
    );
  }
  const period = parseReportingPeriod(data.period);
  if (!period) {
    throw unprocessable(
      'indicator.period_invalid',
      `"${String(data.period)}" is not a reporting period; use a year (2026), a half-year (2026-H1), a quarter (2026-Q2) or a month (2026-06).`,
      { ...details, period: data.period },
    );
  }
  const value = requireIndicatorValue(
    data.indicatorId,
    indicator.unit,
    data.value,
    `value reported for ${period.period}`,
  );
  if (isBlank(data.source)) {
    throw unprocessable(
      'indicator.source_required',
      `The value of ${describeIndicator(indicator)} for ${period.period} needs its source.`,
      details,
    );
  }
  if (isBlank(data.reportedByAgencyId)) {
    throw unprocessable(
      'indicator.reporting_agency_required',
      `The value of ${describeIndicator(indicator)} needs the agency reporting it.`,
      details,
    );
  }
  if (!isLocalDate(data.asOf)) {
    throw unprocessable(
      'indicator.as_of_invalid',
      `The as-of date "${String(data.asOf)}" is not a valid YYYY-MM-DD date.`,
      {
        ...details,
        asOf: data.asOf,
      },
    );
  }
  if (data.asOf < period.start) {
    throw unprocessable(
      'indicator.as_of_before_period',
      `A value of ${describeIndicator(indicator)} for ${period.period} cannot be as of ${data.asOf}, before the period starts on ${period.start}.`,
      { ...details, asOf: data.asOf, periodStart: period.start },
    );
  }
  if (data.asOf > context.today) {
    throw unprocessable(
      'indicator.as_of_in_future',
      `A value of ${describeIndicator(indicator)} cannot be as of ${data.asOf}, after today (${context.today}).`,
      { ...details, asOf: data.asOf, today: context.today },
    );
  }
  const reported: IndicatorValueReportedData = {
    indicatorId: data.indicatorId,
    reportId: data.reportId.trim(),
    period: period.period,
    value,
    source: data.source.trim(),
    reportedByAgencyId: data.reportedByAgencyId,
    asOf: data.asOf,
  };
  const earlier = indicator.reports[reported.reportId];
  if (earlier) {
    if (sameReport(earlier, reported)) return [];
    throw conflict(
      'indicator.report_id_reused',
      `Report ${reported.reportId} of ${describeIndicator(indicator)} was already recorded with other content ` +
        `(${earlier.period}: ${earlier.value}); corrections need a new report id.`,
      details,
    );
  }
  return [{ type: 'IndicatorValueReported', data: reported }];
}

/**
 * One indicator stream on its own. Defining an indicator under a plan is best decided with
 * `decideIndicatorDefinition` (which also checks the plan), and revising its targets with
 * `planAmendmentDecider` (which records the amendment on the plan).
 */
export const indicatorDecider: Decider<IndicatorState, IndicatorCommand, IndicatorEvent> = {
  decide(command, state, context) {
    switch (command.type) {
      case 'DefineIndicator':
        return define(command, state);
      case 'ReviseIndicatorTarget':
        return revise(command, state);
      case 'ReportIndicatorValue':
        return report(command, state, context);
    }
  },
  evolve: evolveIndicator,
  initialState: initialIndicatorState,
};
