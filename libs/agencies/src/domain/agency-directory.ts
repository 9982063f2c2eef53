import { AgencyEvent } from './agency-events';
import { AgencyKind } from './agency-kind';
import { AgencyState } from './agency-state';

/**
 * What other contexts need to know about an agency: its name, its kind and whether it is
 * still active (a task "for all communes" fans out to the active communes only).
 */
export interface AgencyDirectoryEntry {
  readonly agencyId: string;
  readonly name: string;
  readonly shortName?: string;
  readonly kind: AgencyKind;
  readonly parentAgencyId?: string;
  readonly code?: string;
  readonly active: boolean;
  /** For a retired agency that was merged: where its work went. */
  readonly mergedIntoAgencyId?: string;
}

/** Directory entries by agency id. */
export type AgencyDirectory = Readonly<Record<string, AgencyDirectoryEntry>>;

/** The directory entry of one agency's state; undefined while it is not registered. */
export function agencyDirectoryEntry(state: AgencyState): AgencyDirectoryEntry | undefined {
  if (state.status === 'unregistered') return undefined;
  const { status, merges: _merges, retiredOn: _retiredOn, ...entry } = state;
  return { ...entry, active: status === 'active' };
}

/** Folds agency events of any number of streams, in log order, into a directory. */
export function evolveAgencyDirectory(directory: AgencyDirectory, event: AgencyEvent): AgencyDirectory {
  const id = event.data.agencyId;
  const entry = directory[id];
  switch (event.type) {
    case 'AgencyRegistered':
      return { ...directory, [id]: { ...event.data, active: true } };
    case 'AgencyRenamed': {
      if (!entry) return directory;
      const { shortName: _previous, ...rest } = entry;
      const shortName = event.data.newShortName ? { shortName: event.data.newShortName } : {};
      return { ...directory, [id]: { ...rest, name: event.data.newName, ...shortName } };
    }
    case 'AgenciesMerged':
      return directory;
    case 'AgencyRetired': {
      if (!entry) return directory;
      const mergedInto = event.data.mergedIntoAgencyId
        ? { mergedIntoAgencyId: event.data.mergedIntoAgencyId }
        : {};
      return { ...directory, [id]: { ...entry, active: false, ...mergedInto } };
    }
  }
}

export function agencyDirectoryFrom(events: readonly AgencyEvent[]): AgencyDirectory {
  return events.reduce<AgencyDirectory>(evolveAgencyDirectory, {});
}

/** Active agencies of one kind, sorted by name (Vietnamese collation), then id. */
export function activeAgenciesOfKind(directory: AgencyDirectory, kind: AgencyKind): AgencyDirectoryEntry[] {
  return Object.values(directory)
    .filter((entry) => entry.active && entry.kind === kind)
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name, 'vi') ||
        (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0),
    );
}

/** The communes a task "for all communes" fans out to. */
export function activeCommunes(directory: AgencyDirectory): AgencyDirectoryEntry[] {
  return activeAgenciesOfKind(directory, 'commune');
}

/**
 * Follows merges from an agency to the active agency that now holds its work
 * (A merged into B, B merged into C: C). Returns undefined for an unknown agency, and the
 * last agency of the chain when it was retired without a merge.
 */
export function currentSuccessor(
  directory: AgencyDirectory,
  agencyId: string,
): AgencyDirectoryEntry | undefined {
  const visited = new Set<string>();
  let entry = directory[agencyId];
  while (entry && !entry.active && entry.mergedIntoAgencyId && !visited.has(entry.agencyId)) {
    visited.add(entry.agencyId);
    const next = directory[entry.mergedIntoAgencyId];
    if (!next) break;
    entry = next;
  }
  return entry;
}
