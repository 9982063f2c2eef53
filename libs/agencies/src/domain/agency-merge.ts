import { conflict, DecisionContext, Decider, unprocessable } from '@giaoviec/kernel';
import { MergeAgencies } from './agency-commands';
import { agencyDecider, describeAgency, requireActiveAgency, requireEffectiveDate } from './agency-decider';
import { AgenciesMerged, AgencyEvent, AgencyRetired, agencyStreamId } from './agency-events';
import { AgencyState, evolveAgency, initialAgencyState, RegisteredAgency } from './agency-state';
import { duplicatesOf, isBlank } from '@giaoviec/kernel';

/** The states of the agency streams a merge touches, by agency id. */
export type AgencyStates = Readonly<Record<string, AgencyState>>;

export interface AgencyMergeDecision {
  /** What to append to the surviving agency's stream: AgenciesMerged, or nothing on a retry. */
  readonly target: {
    readonly agencyId: string;
    readonly streamId: string;
    readonly events: AgenciesMerged[];
  };
  /** What to append to each merged agency's stream: AgencyRetired, or nothing when a retry finds it done. */
  readonly merged: readonly {
    readonly agencyId: string;
    readonly streamId: string;
    readonly events: AgencyRetired[];
  }[];
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

function validateMergeRequest({ data }: MergeAgencies): void {
  if (isBlank(data.targetAgencyId)) {
    throw unprocessable('agency.id_required', 'A merge needs the id of the surviving agency.');
  }
  if (!Array.isArray(data.mergedAgencyIds) || data.mergedAgencyIds.length === 0) {
    throw unprocessable(
      'agency.merge_requires_agencies',
      `Merging into agency ${data.targetAgencyId} needs at least one agency to merge.`,
      { agencyId: data.targetAgencyId },
    );
  }
  if (data.mergedAgencyIds.some(isBlank)) {
    throw unprocessable(
      'agency.id_required',
      `The agencies merged into agency ${data.targetAgencyId} need non-empty ids.`,
      {
        agencyId: data.targetAgencyId,
      },
    );
  }
  const repeated = duplicatesOf(data.mergedAgencyIds);
  if (repeated.length > 0) {
    throw unprocessable(
      'agency.merge_duplicate_agency',
      `Agency ${repeated.join(', ')} is listed more than once in the merge.`,
      {
        agencyId: data.targetAgencyId,
        duplicates: repeated,
      },
    );
  }
  if (data.mergedAgencyIds.includes(data.targetAgencyId)) {
    throw unprocessable(
      'agency.merge_into_itself',
      `Agency ${data.targetAgencyId} cannot be merged into itself.`,
      {
        agencyId: data.targetAgencyId,
      },
    );
  }
  requireEffectiveDate(data.effectiveOn);
  if (isBlank(data.decisionRef)) {
    throw unprocessable(
      'agency.merge_decision_ref_required',
      `Merging into agency ${data.targetAgencyId} needs the reference of the decision or resolution ordering it.`,
      { agencyId: data.targetAgencyId },
    );
  }
}

/** True when the target already recorded this very merge (a retry); throws when the reference was used for another. */
function isRetry(target: RegisteredAgency, { data }: MergeAgencies): boolean {
  const earlier = target.merges.find((merge) => merge.decisionRef === data.decisionRef.trim());
  if (!earlier) return false;
  if (sameIds(earlier.mergedAgencyIds, data.mergedAgencyIds)) return true;
  throw conflict(
    'agency.merge_decision_ref_reused',
    `The ${describeAgency(target)} already recorded a merge under ${earlier.decisionRef} of agencies ` +
      `${earlier.mergedAgencyIds.join(', ')}; the same reference cannot merge ${data.mergedAgencyIds.join(', ')}.`,
    { agencyId: target.agencyId, decisionRef: earlier.decisionRef },
  );
}

/**
 * Decides a merge as a whole, so that nothing is appended unless every stream accepts it:
 * - the surviving agency must be registered (`agency.not_found`) and active (`agency.retired`);
 * - every merged agency must be registered (`agency.merge_agency_unknown`), active
 *   (`agency.retired`) and of the same kind as the survivor (`agency.merge_kind_mismatch`):
 *   communes merge with communes, departments with departments (as the 2025 reorganisation
 *   merged Sở Thông tin và Truyền thông into Sở Khoa học và Công nghệ), other units with
 *   other units; a commune never merges into a department.
 *
 * Retrying the same merge (same survivor, decision reference and merged agencies) is safe:
 * what is already recorded is not repeated, so a retry after a partial append completes it.
 * Append the target's events first, then each merged agency's.
 */
export function agencyMergeDecisions(
  command: MergeAgencies,
  states: AgencyStates,
  context: DecisionContext,
): AgencyMergeDecision {
  validateMergeRequest(command);
  const { targetAgencyId, mergedAgencyIds, effectiveOn } = command.data;
  const decisionRef = command.data.decisionRef.trim();
  const target = requireActiveAgency(
    states[targetAgencyId] ?? initialAgencyState(),
    targetAgencyId,
    'merged into',
  );
  const retry = isRetry(target, command);

  const merged = mergedAgencyIds.map((agencyId) => {
    const state = states[agencyId] ?? initialAgencyState();
    if (state.status === 'unregistered') {
      throw unprocessable(
        'agency.merge_agency_unknown',
        `Agency ${agencyId} is not registered, so it cannot be merged into ${describeAgency(target)}.`,
        {
          agencyId,
          targetAgencyId,
        },
      );
    }
    if (state.kind !== target.kind) {
      throw unprocessable(
        'agency.merge_kind_mismatch',
        `The ${describeAgency(state)} is a ${state.kind} and cannot be merged into the ${describeAgency(target)}, ` +
          `which is a ${target.kind}; only agencies of the same kind merge.`,
        { agencyId, kind: state.kind, targetAgencyId, targetKind: target.kind },
      );
    }
    const alreadyDone = retry && state.status === 'retired' && state.mergedIntoAgencyId === targetAgencyId;
    const events = alreadyDone
      ? []
      : agencyDecider
          .decide(
            {
              type: 'RetireAgency',
              data: {
                agencyId,
                reason: `Merged into ${target.name} under ${decisionRef}.`,
                effectiveOn,
                mergedIntoAgencyId: targetAgencyId,
                decisionRef,
              },
            },
            state,
            context,
          )
          .filter((event): event is AgencyRetired => event.type === 'AgencyRetired');
    return { agencyId, streamId: agencyStreamId(agencyId), events };
  });

  const targetEvents: AgenciesMerged[] = retry
    ? []
    : [
        {
          type: 'AgenciesMerged',
          data: { agencyId: targetAgencyId, mergedAgencyIds: [...mergedAgencyIds], effectiveOn, decisionRef },
        },
      ];
  return {
    target: { agencyId: targetAgencyId, streamId: agencyStreamId(targetAgencyId), events: targetEvents },
    merged,
  };
}

/**
 * The merge as a decider over the states of all the agency streams involved, so it is
 * tested as given(events of several agencies).when(MergeAgencies).then(events). Each
 * event belongs to the stream of its `data.agencyId`.
 */
export const agencyMergeDecider: Decider<AgencyStates, MergeAgencies, AgencyEvent> = {
  decide(command, states, context) {
    const decision = agencyMergeDecisions(command, states, context);
    return [...decision.target.events, ...decision.merged.flatMap((stream) => stream.events)];
  },
  evolve(states, event) {
    const id = event.data.agencyId;
    return { ...states, [id]: evolveAgency(states[id] ?? initialAgencyState(), event) };
  },
  initialState: () => ({}),
};
