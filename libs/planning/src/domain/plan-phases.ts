import { isBlank, isLocalDate, unprocessable } from '@giaoviec/kernel';
import type { PlanPeriod, PlanPhase } from './plan-events';

/**
 * The phases (giai đoạn thực hiện) a plan is issued with, checked and trimmed: each has a name,
 * a focus and valid dates inside the plan's period, and they follow one another in order
 * without overlapping. `name` is the plan's name for messages.
 */
export function validPlanPhases(
  phases: readonly PlanPhase[] | undefined,
  period: PlanPeriod,
  name: string,
  details: Record<string, unknown>,
): PlanPhase[] {
  if (phases === undefined || phases === null) return [];
  if (!Array.isArray(phases)) {
    throw unprocessable('plan.phases_invalid', `The phases of plan ${name} must be a list.`, details);
  }
  const checked = phases.map((phase, index) => validPhase(phase, index, period, name, details));
  checked.forEach((phase, index) => {
    const previous = checked[index - 1];
    if (!previous) return;
    // phaseIndex: the later of the two, so a form can put the refusal on its start date.
    const both = { ...details, phaseIndex: index, phase: phase.name, previousPhase: previous.name };
    if (phase.from < previous.from) {
      throw unprocessable(
        'plan.phases_out_of_order',
        `The phases of plan ${name} must be listed in order: "${phase.name}" (from ${phase.from}) comes before "${previous.name}" (from ${previous.from}).`,
        both,
      );
    }
    if (phase.from <= previous.to) {
      throw unprocessable(
        'plan.phases_overlap',
        `The phase "${phase.name}" of plan ${name} starts on ${phase.from}, before "${previous.name}" ends on ${previous.to}.`,
        { ...both, from: phase.from, previousTo: previous.to },
      );
    }
  });
  return checked;
}

function validPhase(
  phase: PlanPhase,
  index: number,
  period: PlanPeriod,
  name: string,
  details: Record<string, unknown>,
): PlanPhase {
  const where = { ...details, phaseIndex: index };
  if (!phase || isBlank(phase.name)) {
    throw unprocessable(
      'plan.phase_name_required',
      `Phase ${index + 1} of plan ${name} needs a name.`,
      where,
    );
  }
  const phaseName = phase.name.trim();
  if (isBlank(phase.focus)) {
    throw unprocessable(
      'plan.phase_focus_required',
      `The phase "${phaseName}" of plan ${name} needs its focus, as the plan words it.`,
      { ...where, phase: phaseName },
    );
  }
  if (!isLocalDate(phase.from) || !isLocalDate(phase.to) || phase.from > phase.to) {
    throw unprocessable(
      'plan.phase_dates_invalid',
      `The phase "${phaseName}" of plan ${name} needs valid YYYY-MM-DD dates, starting no later than it ends.`,
      { ...where, phase: phaseName, from: phase.from, to: phase.to },
    );
  }
  if (phase.from < period.from || phase.to > period.to) {
    throw unprocessable(
      'plan.phase_outside_period',
      `The phase "${phaseName}" of plan ${name} (${phase.from} to ${phase.to}) is not inside the plan's period (${period.from} to ${period.to}).`,
      { ...where, phase: phaseName, from: phase.from, to: phase.to, period },
    );
  }
  return { name: phaseName, from: phase.from, to: phase.to, focus: phase.focus.trim() };
}
