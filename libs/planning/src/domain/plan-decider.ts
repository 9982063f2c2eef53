import { conflict, Decider, isLocalDate, LocalDate, notFound, unprocessable } from '@giaoviec/kernel';
import { isPlanNumber } from './document-number';
import { ClosePlan, IssuePlan, PlanStreamCommand } from './plan-commands';
import { PlanClosed, PlanEvent, PlanIssued, PlanIssuedData, Signer } from './plan-events';
import { validPlanPhases } from './plan-phases';
import { evolvePlan, initialPlanState, IssuedPlan, PlanState } from './plan-state';
import { isBlank, optionalText } from '@giaoviec/kernel';

/** 'plan 495/KH-UBND (plan-495)', or 'plan without a number (kh-cds)', for messages. */
export function describePlan(plan: Pick<IssuedPlan, 'planId' | 'number'>): string {
  return `plan ${plan.number ?? 'without a number'} (${plan.planId})`;
}

/** True when a fact the source may not give is left out or null: recorded as unknown. */
export function isUnknown(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * The plan must be issued (else not found: 'plan.not_found') and still open (else conflict
 * 'plan.closed'). Other contexts use it too: no task is assigned and no indicator is
 * defined under a closed plan.
 */
export function requireOpenPlan(state: PlanState, planId: string, action: string): IssuedPlan {
  if (state.status === 'not_issued') {
    throw notFound('plan.not_found', `Plan ${planId} has not been issued.`, { planId });
  }
  if (state.status === 'closed') {
    throw conflict(
      'plan.closed',
      `The ${describePlan(state)} was closed on ${state.closedOn}; it cannot be ${action}.`,
      {
        planId,
        closedOn: state.closedOn,
      },
    );
  }
  return state;
}

export function requireDate(
  rule: string,
  what: string,
  value: unknown,
  details: Record<string, unknown>,
): LocalDate {
  if (!isLocalDate(value)) {
    throw unprocessable(rule, `The ${what} "${String(value)}" is not a valid YYYY-MM-DD date.`, {
      ...details,
      value,
    });
  }
  return value;
}

export function requireSigner(
  rule: string,
  signer: Signer | undefined,
  whose: string,
  details: Record<string, unknown>,
): Signer {
  if (!signer || isBlank(signer.name) || isBlank(signer.title)) {
    throw unprocessable(rule, `The signer of ${whose} needs a name and a title (e.g. 'Chủ tịch').`, details);
  }
  return { name: signer.name.trim(), title: signer.title.trim() };
}

function issue({ data }: IssuePlan, state: PlanState): PlanIssued[] {
  if (state.status !== 'not_issued') {
    throw conflict(
      'plan.already_issued',
      `Plan ${data.planId} was already issued as ${describePlan(state)}.`,
      {
        planId: data.planId,
      },
    );
  }
  const details = { planId: data.planId };
  if (isBlank(data.planId)) throw unprocessable('plan.id_required', 'A plan needs a non-empty id.');
  // A number, a date or a signer the source does not give is recorded as null (unknown);
  // one that is given must be valid.
  if (!isUnknown(data.number) && !isPlanNumber(data.number)) {
    throw unprocessable(
      'plan.number_invalid',
      `"${String(data.number)}" is not an official plan number such as 495/KH-UBND.`,
      { ...details, number: data.number },
    );
  }
  const number = isUnknown(data.number) ? null : data.number.trim();
  const name = number ?? `${data.planId} (without a number)`;
  if (isBlank(data.title)) throw unprocessable('plan.title_required', `Plan ${name} needs a title.`, details);
  const issuedOn = isUnknown(data.issuedOn)
    ? null
    : requireDate('plan.issued_on_invalid', `issue date of plan ${name}`, data.issuedOn, details);
  const signer = isUnknown(data.signer)
    ? null
    : requireSigner('plan.signer_required', data.signer, `plan ${name}`, details);
  if (isBlank(data.issuingAuthority)) {
    throw unprocessable(
      'plan.issuing_authority_required',
      `Plan ${name} needs its issuing authority (e.g. 'UBND thành phố Huế').`,
      details,
    );
  }
  const period = data.period;
  if (!period || !isLocalDate(period.from) || !isLocalDate(period.to)) {
    throw unprocessable('plan.period_invalid', `The period of plan ${name} needs valid YYYY-MM-DD dates.`, {
      ...details,
      period,
    });
  }
  if (period.from > period.to) {
    throw unprocessable(
      'plan.period_invalid',
      `The period of plan ${name} starts on ${period.from}, after it ends on ${period.to}.`,
      {
        ...details,
        period,
      },
    );
  }
  if (!Array.isArray(data.legalBases) || data.legalBases.some(isBlank)) {
    throw unprocessable(
      'plan.legal_basis_blank',
      `Every legal basis of plan ${name} must be a non-empty text.`,
      details,
    );
  }
  const phases = validPlanPhases(data.phases, period, name, details);
  const standingAgencyId = optionalText(data.standingAgencyId);
  const summary = optionalText(data.summary);
  const issued: PlanIssuedData = {
    planId: data.planId,
    number,
    title: data.title.trim(),
    issuedOn,
    signer,
    issuingAuthority: data.issuingAuthority.trim(),
    period: { from: period.from, to: period.to },
    legalBases: data.legalBases.map((basis) => basis.trim()),
    ...(standingAgencyId ? { standingAgencyId } : {}),
    ...(summary ? { summary } : {}),
    ...(phases.length > 0 ? { phases } : {}),
  };
  return [{ type: 'PlanIssued', data: issued }];
}

function close({ data }: ClosePlan, state: PlanState): PlanClosed[] {
  const plan = requireOpenPlan(state, data.planId, 'closed again');
  const details = { planId: data.planId };
  if (isBlank(data.reason))
    throw unprocessable(
      'plan.close_reason_required',
      `Closing ${describePlan(plan)} needs a reason.`,
      details,
    );
  requireDate('plan.closed_on_invalid', `closing date of ${describePlan(plan)}`, data.closedOn, details);
  // Only comparable when the date of issue is known.
  if (plan.issuedOn !== null && data.closedOn < plan.issuedOn) {
    throw unprocessable(
      'plan.closed_before_issue',
      `The ${describePlan(plan)} cannot be closed on ${data.closedOn}, before it was issued on ${plan.issuedOn}.`,
      { ...details, closedOn: data.closedOn, issuedOn: plan.issuedOn },
    );
  }
  return [
    {
      type: 'PlanClosed',
      data: { planId: data.planId, reason: data.reason.trim(), closedOn: data.closedOn },
    },
  ];
}

/**
 * One plan stream on its own: issue and close. An amendment also revises indicators, so it
 * is decided by `planAmendmentDecider`.
 */
export const planDecider: Decider<PlanState, PlanStreamCommand, PlanEvent> = {
  decide(command, state) {
    switch (command.type) {
      case 'IssuePlan':
        return issue(command, state);
      case 'ClosePlan':
        return close(command, state);
    }
  },
  evolve: evolvePlan,
  initialState: initialPlanState,
};
