import type { LocalDate } from '@giaoviec/kernel';

/**
 * Where a coordinating agency (phối hợp) stands with its part of a task:
 * - `not_acknowledged`: named on the task, has not taken its part on yet;
 * - `acknowledged`: took it on, has reported no contribution yet;
 * - `contribution_reported`: reported at least one contribution.
 */
export const COORDINATION_STATES = ['not_acknowledged', 'acknowledged', 'contribution_reported'] as const;
export type CoordinationState = (typeof COORDINATION_STATES)[number];

/** One coordinating agency's part, folded from the task's stream. */
export interface CoordinatorPart {
  readonly agencyId: string;
  readonly state: CoordinationState;
  readonly acknowledgedOn: LocalDate | null;
  /** The first contribution: the one its record (on time or late) is judged by. */
  readonly firstContributionOn: LocalDate | null;
  readonly lastContributionOn: LocalDate | null;
  /** Whether the first contribution came by the deadline in force then; null before any. */
  readonly contributedOnTime: boolean | null;
  readonly lastPercentComplete: number | null;
  /** Ids of every contribution reported, so a retried report records nothing. */
  readonly contributionReportIds: readonly string[];
}

export function newCoordinatorPart(agencyId: string): CoordinatorPart {
  return {
    agencyId,
    state: 'not_acknowledged',
    acknowledgedOn: null,
    firstContributionOn: null,
    lastContributionOn: null,
    contributedOnTime: null,
    lastPercentComplete: null,
    contributionReportIds: [],
  };
}

const PROGRESS: Record<CoordinationState, number> = {
  not_acknowledged: 0,
  acknowledged: 1,
  contribution_reported: 2,
};

/**
 * The coordinating parts after a merger: the merged agencies' parts leave, and the surviving
 * agency (unless it leads the task) carries on with the furthest of them, or its own if it
 * already coordinated: the merged commune's work is not undone by the merger.
 */
export function mergeCoordinatorParts(
  parts: readonly CoordinatorPart[],
  mergedAgencyIds: readonly string[],
  intoAgencyId: string,
  leadAgencyId: string,
): CoordinatorPart[] {
  const merged = parts.filter((part) => mergedAgencyIds.includes(part.agencyId));
  const remaining = parts.filter((part) => !mergedAgencyIds.includes(part.agencyId));
  if (intoAgencyId === leadAgencyId) return remaining;
  const existing = remaining.find((part) => part.agencyId === intoAgencyId);
  const candidates = [...(existing ? [existing] : []), ...merged];
  const furthest = candidates.reduce<CoordinatorPart | null>(
    (best, part) => (best === null || PROGRESS[part.state] > PROGRESS[best.state] ? part : best),
    null,
  );
  const survivor = { ...(furthest ?? newCoordinatorPart(intoAgencyId)), agencyId: intoAgencyId };
  return existing
    ? remaining.map((part) => (part.agencyId === intoAgencyId ? survivor : part))
    : [...remaining, survivor];
}
