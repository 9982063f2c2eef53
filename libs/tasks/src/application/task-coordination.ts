import { agencyDecider, agencyStreamId } from '@giaoviec/agencies';
import type { RecordedEvent } from '@giaoviec/event-store';
import type { LocalDate } from '@giaoviec/kernel';
import type { EventSourcedExecutor } from '@giaoviec/platform';
import type { AssignedTaskState, CoordinatorPart } from '../domain';
import { displayNamesOf } from './user-display-names';

/** One contribution a coordinating agency reported, with who reported it. */
export interface Contribution {
  readonly reportId: string;
  readonly summary: string;
  readonly percentComplete: number | null;
  readonly reportedOn: LocalDate;
  /** The task's deadline in force then; null for a task without one. */
  readonly dueDate: LocalDate | null;
  readonly onTime: boolean;
  readonly byUserId: string | null;
  /** Their display name; null for a user the log does not know. */
  readonly byName: string | null;
  /** When it was reported. */
  readonly at: string;
}

/** A coordinating agency's part as GET /tasks/{taskId} shows it: its name, state and contributions. */
export interface CoordinatorView extends CoordinatorPart {
  readonly agencyName: string | null;
  /** Oldest first; a merged commune's contributions go with its part to the surviving one. */
  readonly contributions: readonly Contribution[];
}

/**
 * Each current coordinating part, with the contributions of its agency (or, after a merger,
 * of the agencies merged into it) read from the task's stream and names from their streams.
 */
export async function namedCoordinators(
  state: AssignedTaskState,
  events: readonly RecordedEvent[],
  executor: EventSourcedExecutor,
): Promise<CoordinatorView[]> {
  const contributionsByAgency = new Map<string, Contribution[]>();
  const reported = events.filter((event) => event.type === 'ContributionReported');
  const userIds = reported.map((event) => event.metadata.actor?.userId ?? null);
  const names = await displayNamesOf(userIds, executor);
  for (const recorded of events) {
    if (recorded.type === 'CoordinatingAgenciesMerged') {
      const { mergedAgencyIds, intoAgencyId } = recorded.data as {
        mergedAgencyIds: string[];
        intoAgencyId: string;
      };
      const carried = mergedAgencyIds.flatMap((id) => contributionsByAgency.get(id) ?? []);
      for (const id of mergedAgencyIds) contributionsByAgency.delete(id);
      contributionsByAgency.set(intoAgencyId, [
        ...(contributionsByAgency.get(intoAgencyId) ?? []),
        ...carried,
      ]);
    }
    if (recorded.type !== 'ContributionReported') continue;
    const data = recorded.data as {
      agencyId: string;
      reportId: string;
      summary: string;
      percentComplete?: number;
      reportedOn: LocalDate;
      dueDate: LocalDate | null;
      onTime: boolean;
    };
    const byUserId = recorded.metadata.actor?.userId ?? null;
    const contribution: Contribution = {
      reportId: data.reportId,
      summary: data.summary,
      percentComplete: data.percentComplete ?? null,
      reportedOn: data.reportedOn,
      dueDate: data.dueDate,
      onTime: data.onTime,
      byUserId,
      byName: byUserId === null ? null : (names.get(byUserId) ?? null),
      at: recorded.metadata.occurredAt ?? recorded.recordedAt.toISOString(),
    };
    contributionsByAgency.set(data.agencyId, [
      ...(contributionsByAgency.get(data.agencyId) ?? []),
      contribution,
    ]);
  }
  return Promise.all(
    state.coordinators.map(async (part) => ({
      ...part,
      agencyName: await agencyNameOf(part.agencyId, executor),
      contributions: contributionsByAgency.get(part.agencyId) ?? [],
    })),
  );
}

async function agencyNameOf(agencyId: string, executor: EventSourcedExecutor): Promise<string | null> {
  const { state } = await executor.load(agencyStreamId(agencyId), agencyDecider);
  return state.status === 'unregistered' ? null : state.name;
}
