import { conflict, DecisionContext, Decider, fold, unprocessable } from '@giaoviec/kernel';
import { isDocumentNumber } from './document-number';
import { indicatorDecider } from './indicator-decider';
import { IndicatorTargetRevised, indicatorStreamId } from './indicator-events';
import { IndicatorState, initialIndicatorState, revisionRecorded } from './indicator-state';
import {
  evolvePlanAndIndicators,
  initialPlanAndIndicatorsState,
  PlanAndIndicatorsState,
  PlanningEvent,
} from './plan-and-indicators';
import { AmendPlan, RequestedAmendingDocument } from './plan-commands';
import { describePlan, isUnknown, requireDate, requireOpenPlan, requireSigner } from './plan-decider';
import { AmendingDocument, PlanAmended, PlanAmendedData, planStreamId, TargetRevision } from './plan-events';
import { IssuedPlan } from './plan-state';
import { duplicatesOf, isBlank } from '@giaoviec/kernel';

export interface PlanAmendmentDecision {
  /** What to append to the plan's stream: PlanAmended, or nothing when the amendment is already recorded. */
  readonly plan: { readonly planId: string; readonly streamId: string; readonly events: PlanAmended[] };
  /** What to append to each revised indicator's stream, in the order the command names them. */
  readonly indicators: readonly {
    readonly indicatorId: string;
    readonly streamId: string;
    readonly events: IndicatorTargetRevised[];
  }[];
}

/** The indicators an amendment revises: the streams to read before deciding it. */
export function indicatorIdsRevisedBy(command: AmendPlan): string[] {
  return [...new Set(command.data.targetRevisions.map((revision) => revision.indicatorId))];
}

/** 'document 160/KH-UBND', or 'the amending document without a number', for messages. */
function describeDocument(number: string | null): string {
  return number === null ? 'the amending document without a number' : `the amending document ${number}`;
}

/**
 * The amending document as it is recorded: a number or a date the source does not give is
 * null (unknown); one that is given must be valid.
 */
function normalizedDocument(
  document: RequestedAmendingDocument | undefined,
  details: Record<string, unknown>,
): AmendingDocument {
  if (!document || typeof document !== 'object') {
    throw unprocessable(
      'plan.amending_document_invalid',
      'An amendment needs its amending document (at least a title).',
      details,
    );
  }
  if (!isUnknown(document.number) && !isDocumentNumber(document.number)) {
    throw unprocessable(
      'plan.amending_document_invalid',
      `"${String(document.number)}" is not an official document number such as 284/KH-UBND.`,
      details,
    );
  }
  const number = isUnknown(document.number) ? null : document.number.trim();
  if (isBlank(document.title)) {
    throw unprocessable(
      'plan.amending_document_invalid',
      `${capitalized(describeDocument(number))} needs a title.`,
      details,
    );
  }
  const issuedOn = isUnknown(document.issuedOn)
    ? null
    : requireDate(
        'plan.amending_document_invalid',
        `issue date of ${describeDocument(number)}`,
        document.issuedOn,
        details,
      );
  const signer =
    document.signer === undefined
      ? undefined
      : requireSigner('plan.amending_document_invalid', document.signer, describeDocument(number), details);
  return { number, title: document.title.trim(), issuedOn, ...(signer ? { signer } : {}) };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function normalizedIds(
  ids: readonly string[] | undefined,
  what: string,
  details: Record<string, unknown>,
): string[] | undefined {
  if (ids === undefined) return undefined;
  if (!Array.isArray(ids) || ids.some(isBlank)) {
    throw unprocessable(
      'plan.amendment_added_items_invalid',
      `Every ${what} added by the amendment must be non-empty.`,
      details,
    );
  }
  const trimmed = ids.map((id) => id.trim());
  const repeated = duplicatesOf(trimmed);
  if (repeated.length > 0) {
    throw unprocessable(
      'plan.amendment_added_items_invalid',
      `The amendment adds ${what} ${repeated.join(', ')} more than once.`,
      {
        ...details,
        duplicates: repeated,
      },
    );
  }
  return trimmed;
}

/** The amendment as it would be recorded, without the previous target values (read from the indicators later). */
type RequestedAmendment = Omit<PlanAmendedData, 'targetRevisions'> & {
  readonly targetRevisions: readonly Omit<TargetRevision, 'previousValue'>[];
};

function validatedRequest({ data }: AmendPlan): RequestedAmendment {
  const details = { planId: data.planId, amendmentId: data.amendmentId };
  if (isBlank(data.planId))
    throw unprocessable('plan.id_required', 'An amendment needs the id of the plan it amends.');
  if (isBlank(data.amendmentId)) {
    throw unprocessable(
      'plan.amendment_id_required',
      `An amendment of plan ${data.planId} needs an amendment id.`,
      details,
    );
  }
  if (isBlank(data.summary)) {
    throw unprocessable(
      'plan.amendment_summary_required',
      `Amendment ${data.amendmentId} of plan ${data.planId} needs a summary.`,
      details,
    );
  }
  const amendingDocument = normalizedDocument(data.amendingDocument, details);
  if (
    !Array.isArray(data.targetRevisions) ||
    data.targetRevisions.some((revision) => isBlank(revision?.indicatorId))
  ) {
    throw unprocessable(
      'plan.amendment_revision_invalid',
      `Every target revision of amendment ${data.amendmentId} needs an indicator id.`,
      details,
    );
  }
  const keys = data.targetRevisions.map((revision) => `${revision.indicatorId} ${revision.year}`);
  const repeated = duplicatesOf(keys);
  if (repeated.length > 0) {
    throw unprocessable(
      'plan.amendment_revision_duplicate',
      `Amendment ${data.amendmentId} revises the same target more than once (indicator and year: ${repeated.join('; ')}).`,
      { ...details, duplicates: repeated },
    );
  }
  const addedIndicatorIds = normalizedIds(data.addedIndicatorIds, 'indicator', details);
  const addedTaskCodes = normalizedIds(data.addedTaskCodes, 'task code', details);
  return {
    planId: data.planId,
    amendmentId: data.amendmentId.trim(),
    amendingDocument,
    summary: data.summary.trim(),
    targetRevisions: data.targetRevisions.map(({ indicatorId, year, newValue }) => ({
      indicatorId,
      year,
      newValue,
    })),
    ...(addedIndicatorIds ? { addedIndicatorIds } : {}),
    ...(addedTaskCodes ? { addedTaskCodes } : {}),
  };
}

/** A canonical form of an amendment's content, to tell a retry from a different amendment under the same id. */
function contentKey(amendment: RequestedAmendment | PlanAmendedData): string {
  const revisions = amendment.targetRevisions
    .map(({ indicatorId, year, newValue }) => [indicatorId, year, newValue] as const)
    .sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
  const { number, title, issuedOn, signer } = amendment.amendingDocument;
  return JSON.stringify([
    number,
    title,
    issuedOn,
    signer ? [signer.name, signer.title] : null,
    amendment.summary,
    revisions,
    [...(amendment.addedIndicatorIds ?? [])].sort(),
    [...(amendment.addedTaskCodes ?? [])].sort(),
  ]);
}

/** True when this very amendment is already recorded (a retry); throws on a clash with a recorded one. */
function isRecorded(plan: IssuedPlan, request: RequestedAmendment): boolean {
  const sameId = plan.amendments.find((amendment) => amendment.amendmentId === request.amendmentId);
  if (sameId) {
    if (contentKey(sameId) === contentKey(request)) return true;
    throw conflict(
      'plan.amendment_id_reused',
      `Amendment ${request.amendmentId} of ${describePlan(plan)} is already recorded with other content ` +
        `(${describeDocument(sameId.amendingDocument.number)}); a different amendment needs a new amendment id.`,
      { planId: plan.planId, amendmentId: request.amendmentId },
    );
  }
  // Only a known number identifies a document: two amendments without a number may both be recorded.
  const sameDocument =
    request.amendingDocument.number === null
      ? undefined
      : plan.amendments.find(
          (amendment) => amendment.amendingDocument.number === request.amendingDocument.number,
        );
  if (sameDocument) {
    throw conflict(
      'plan.amending_document_already_recorded',
      `Document ${request.amendingDocument.number} is already recorded as amendment ${sameDocument.amendmentId} of ${describePlan(plan)}.`,
      {
        planId: plan.planId,
        amendmentId: sameDocument.amendmentId,
        documentNumber: request.amendingDocument.number,
      },
    );
  }
  return false;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Decides an amendment of a plan and the target revisions it brings, so that nothing is
 * appended unless the plan and every indicator accept it:
 * - the plan must be issued and open; the amending document can not predate the plan (when
 *   both dates are known); a known document number is recorded once per plan;
 * - every revised indicator must be defined under this plan, and each revised year must lie
 *   in the plan's period;
 * - each target revision is decided by the indicator (`ReviseIndicatorTarget`), which reads
 *   the previous value from its own state (null when no target was recorded for the year).
 *
 * The PlanAmended event carries the same previous and new values as the indicator events.
 * Repeating an amendment already recorded (same amendment id, same content) is a retry: what
 * is already recorded is not repeated, so a retry after a partial append completes it.
 * Append the plan's events first, then the indicators'.
 */
export function planAmendmentDecisions(
  command: AmendPlan,
  state: PlanAndIndicatorsState,
  context: DecisionContext,
): PlanAmendmentDecision {
  const request = validatedRequest(command);
  const plan = requireOpenPlan(state.plan, request.planId, 'amended');
  const details = { planId: plan.planId, amendmentId: request.amendmentId };
  // Only comparable when both dates are known.
  const { issuedOn: documentIssuedOn } = request.amendingDocument;
  if (documentIssuedOn !== null && plan.issuedOn !== null && documentIssuedOn < plan.issuedOn) {
    throw unprocessable(
      'plan.amendment_predates_plan',
      `${capitalized(describeDocument(request.amendingDocument.number))} is dated ${request.amendingDocument.issuedOn}, ` +
        `before ${describePlan(plan)} was issued on ${plan.issuedOn}.`,
      details,
    );
  }
  const recorded = isRecorded(plan, request);

  const indicators = new Map<string, { state: IndicatorState; events: IndicatorTargetRevised[] }>();
  const targetRevisions: TargetRevision[] = request.targetRevisions.map(({ indicatorId, year, newValue }) => {
    const slot = indicators.get(indicatorId) ?? {
      state: state.indicators[indicatorId] ?? initialIndicatorState(),
      events: [],
    };
    indicators.set(indicatorId, slot);
    const indicator = slot.state;
    if (indicator.status === 'not_defined') {
      throw unprocessable(
        'plan.amendment_indicator_unknown',
        `Amendment ${request.amendmentId} revises indicator ${indicatorId}, which has not been defined.`,
        { ...details, indicatorId },
      );
    }
    if (indicator.planId !== plan.planId) {
      throw unprocessable(
        'plan.amendment_indicator_of_other_plan',
        `Indicator ${indicatorId} belongs to plan ${indicator.planId}, so amendment ${request.amendmentId} of ${describePlan(plan)} cannot revise it.`,
        { ...details, indicatorId, indicatorPlanId: indicator.planId },
      );
    }
    if (Number.isInteger(year) && (year < yearOf(plan.period.from) || year > yearOf(plan.period.to))) {
      throw unprocessable(
        'plan.amendment_target_outside_period',
        `Amendment ${request.amendmentId} sets a ${year} target of indicator ${indicatorId}, outside the period of ` +
          `${describePlan(plan)} (${plan.period.from} to ${plan.period.to}).`,
        { ...details, indicatorId, year },
      );
    }
    const events = indicatorDecider
      .decide(
        {
          type: 'ReviseIndicatorTarget',
          data: {
            indicatorId,
            year,
            newValue,
            amendmentId: request.amendmentId,
            amendingDocumentNumber: request.amendingDocument.number,
          },
        },
        indicator,
        context,
      )
      .filter((event): event is IndicatorTargetRevised => event.type === 'IndicatorTargetRevised');
    // Already recorded by an earlier attempt of this amendment: its previous value stands.
    const previousValue =
      events.length > 0
        ? events[0].data.previousValue
        : (revisionRecorded(indicator, request.amendmentId, year)?.previousValue ?? null);
    slot.events.push(...events);
    slot.state = fold({ evolve: indicatorDecider.evolve, initialState: () => indicator }, events);
    return { indicatorId, year, previousValue, newValue };
  });

  const planEvents: PlanAmended[] = recorded
    ? []
    : [{ type: 'PlanAmended', data: { ...request, targetRevisions } }];
  return {
    plan: { planId: plan.planId, streamId: planStreamId(plan.planId), events: planEvents },
    indicators: [...indicators].map(([indicatorId, slot]) => ({
      indicatorId,
      streamId: indicatorStreamId(indicatorId),
      events: slot.events,
    })),
  };
}

/**
 * The amendment as a decider over the plan and its indicators, so it is tested as
 * given(plan and indicator events).when(AmendPlan).then(events). Each event belongs to the
 * stream of its plan or indicator.
 */
export const planAmendmentDecider: Decider<PlanAndIndicatorsState, AmendPlan, PlanningEvent> = {
  decide(command, state, context) {
    const decision = planAmendmentDecisions(command, state, context);
    return [...decision.plan.events, ...decision.indicators.flatMap((indicator) => indicator.events)];
  },
  evolve: evolvePlanAndIndicators,
  initialState: initialPlanAndIndicatorsState,
};
