import type { Dayjs } from 'dayjs';
import type { components } from '../../api/openapi';
import type { FormFieldName } from '../../api/field-errors';
import type { Problem } from '../../api/problem';
import { formatDate, toLocalDate } from '../../labels/dates';
import { optionalText } from '../pending/task-commands';

type PlanPhaseBody = components['schemas']['PlanPhaseDto'];

/** A phase (giai đoạn thực hiện) as the issue dialog's list holds it, while being filled in. */
export interface PhaseValues {
  name?: string;
  from?: Dayjs;
  to?: Dayjs;
  focus?: string;
}

/** The plan's period as picked in the same dialog. */
export interface PeriodValues {
  from?: Dayjs;
  to?: Dayjs;
}

/**
 * The phases for the API, trimmed; left out when the plan has none. (The dialog requires
 * every field; one still missing is sent empty, and the API's refusal lands on it.)
 */
export function phasesBody(phases: readonly PhaseValues[] | undefined): PlanPhaseBody[] | undefined {
  if (!phases?.length) return undefined;
  return phases.map((phase) => ({
    name: optionalText(phase.name) ?? '',
    from: phase.from ? toLocalDate(phase.from) : '',
    to: phase.to ? toLocalDate(phase.to) : '',
    focus: optionalText(phase.focus) ?? '',
  }));
}

function phaseName(phase: PhaseValues | undefined, index: number): string {
  return optionalText(phase?.name) ?? `giai đoạn ${index + 1}`;
}

/**
 * What the API would refuse in a phase's start date (plan-phases.ts): before the plan starts,
 * listed before the phase above it, or starting before that one ends. Undefined when fine.
 */
export function phaseStartProblem(
  phases: readonly (PhaseValues | undefined)[] | undefined,
  index: number,
  period: PeriodValues,
): string | undefined {
  const from = phases?.[index]?.from;
  if (!from) return undefined;
  if (period.from && from.isBefore(period.from, 'day')) {
    return `Giai đoạn phải bắt đầu từ ngày bắt đầu kế hoạch (${formatDate(toLocalDate(period.from))}) trở đi`;
  }
  const previous = phases?.[index - 1];
  if (previous?.from && from.isBefore(previous.from, 'day')) {
    return `Các giai đoạn phải theo thứ tự thời gian: giai đoạn này bắt đầu trước “${phaseName(previous, index - 1)}”`;
  }
  if (previous?.to && !from.isAfter(previous.to, 'day')) {
    return `Giai đoạn này phải bắt đầu sau khi “${phaseName(previous, index - 1)}” kết thúc (${formatDate(toLocalDate(previous.to))})`;
  }
  return undefined;
}

/** What the API would refuse in a phase's end date: before its start, or after the plan ends. */
export function phaseEndProblem(
  phases: readonly (PhaseValues | undefined)[] | undefined,
  index: number,
  period: PeriodValues,
): string | undefined {
  const phase = phases?.[index];
  if (!phase?.to) return undefined;
  if (phase.from && phase.to.isBefore(phase.from, 'day')) {
    return 'Ngày kết thúc giai đoạn không được trước ngày bắt đầu';
  }
  if (period.to && phase.to.isAfter(period.to, 'day')) {
    return `Giai đoạn phải kết thúc trước hoặc vào ngày kết thúc kế hoạch (${formatDate(toLocalDate(period.to))})`;
  }
  return undefined;
}

const phaseField =
  (field: keyof PhaseValues) =>
  (problem: Problem): FormFieldName | undefined =>
    typeof problem.phaseIndex === 'number' ? ['phases', problem.phaseIndex, field] : undefined;

/** The field of the phase list each of the API's refusals of a phase is about (by its phaseIndex). */
export const PHASE_RULE_FIELDS: Readonly<Record<string, (problem: Problem) => FormFieldName | undefined>> = {
  'plan.phase_name_required': phaseField('name'),
  'plan.phase_focus_required': phaseField('focus'),
  'plan.phase_dates_invalid': phaseField('to'),
  'plan.phases_out_of_order': phaseField('from'),
  'plan.phases_overlap': phaseField('from'),
  // Too early is the start date's fault; too late the end date's.
  'plan.phase_outside_period': (problem) => {
    const period = problem.period as { from?: string } | undefined;
    const early = typeof problem.from === 'string' && !!period?.from && problem.from < period.from;
    return phaseField(early ? 'from' : 'to')(problem);
  },
};
