import { conflict, Decider, unprocessable } from '@giaoviec/kernel';
import { DefineIndicator, IndicatorCommand, ReviseIndicatorTarget } from './indicator-commands';
import {
  IndicatorDefined,
  IndicatorDefinedData,
  IndicatorEvent,
  IndicatorTarget,
  IndicatorTargetRevised,
  INDICATOR_DIRECTIONS,
} from './indicator-events';
import { requireIndicatorValue, requireTargetYear } from './indicator-values';
import {
  evolveIndicator,
  IndicatorState,
  initialIndicatorState,
  revisionRecorded,
  requireDefinedIndicator,
  describeIndicator,
  targetFor,
} from './indicator-state';
import { confirmValue, reportValue, returnValue } from './indicator-value-review';
import { duplicatesOf, isBlank, optionalText } from '@giaoviec/kernel';

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
        return reportValue(command, state, context);
      case 'ConfirmIndicatorValue':
        return confirmValue(command, state);
      case 'ReturnIndicatorValue':
        return returnValue(command, state);
    }
  },
  evolve: evolveIndicator,
  initialState: initialIndicatorState,
};
