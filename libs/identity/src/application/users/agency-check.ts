import { agencyDecider, agencyDirectoryEntry, agencyStreamId } from '@giaoviec/agencies';
import type { EventSourcedExecutor } from '@giaoviec/platform';
import { userViolation } from '../../domain';

/** The agency's current name, from its own stream (exact); null when it is not registered. */
export async function agencyNameOf(executor: EventSourcedExecutor, agencyId: string): Promise<string | null> {
  const { state } = await executor.load(agencyStreamId(agencyId), agencyDecider);
  return agencyDirectoryEntry(state)?.name ?? null;
}

/**
 * A user acts for a registered, active agency. Read from the agency's own stream, which is
 * exact, rather than from the directory, which follows the global log and may lag.
 */
export async function requireActiveAgency(executor: EventSourcedExecutor, agencyId: string): Promise<void> {
  const { state } = await executor.load(agencyStreamId(agencyId), agencyDecider);
  const agency = agencyDirectoryEntry(state);
  if (!agency) {
    throw userViolation('user.agency_unknown', `Agency ${agencyId} is not registered.`, { agencyId });
  }
  if (!agency.active) {
    throw userViolation(
      'user.agency_retired',
      `${agency.name} (${agencyId}) is retired${agency.mergedIntoAgencyId ? ` and merged into ${agency.mergedIntoAgencyId}` : ''}; users cannot act for it.`,
      { agencyId, mergedIntoAgencyId: agency.mergedIntoAgencyId },
    );
  }
}
