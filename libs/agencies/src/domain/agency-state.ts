import { LocalDate } from '@giaoviec/kernel';
import { AgencyEvent } from './agency-events';
import { AgencyKind } from './agency-kind';

/** A merge this agency absorbed, as recorded on its stream. */
export interface AgencyMergeRecord {
  readonly decisionRef: string;
  readonly mergedAgencyIds: readonly string[];
  readonly effectiveOn: LocalDate;
}

export interface UnregisteredAgency {
  readonly status: 'unregistered';
}

export interface RegisteredAgency {
  readonly status: 'active' | 'retired';
  readonly agencyId: string;
  readonly name: string;
  readonly shortName?: string;
  readonly kind: AgencyKind;
  readonly parentAgencyId?: string;
  readonly code?: string;
  /** Merges absorbed by this agency, oldest first. */
  readonly merges: readonly AgencyMergeRecord[];
  readonly retiredOn?: LocalDate;
  readonly mergedIntoAgencyId?: string;
}

/** The state of one agency stream. */
export type AgencyState = UnregisteredAgency | RegisteredAgency;

export function initialAgencyState(): AgencyState {
  return { status: 'unregistered' };
}

export function evolveAgency(state: AgencyState, event: AgencyEvent): AgencyState {
  if (event.type === 'AgencyRegistered') {
    return { status: 'active', ...event.data, merges: [] };
  }
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'AgencyRenamed': {
      const { shortName: _previous, ...rest } = state;
      return {
        ...rest,
        name: event.data.newName,
        ...(event.data.newShortName ? { shortName: event.data.newShortName } : {}),
      };
    }
    case 'AgenciesMerged': {
      const { mergedAgencyIds, effectiveOn, decisionRef } = event.data;
      return { ...state, merges: [...state.merges, { decisionRef, mergedAgencyIds, effectiveOn }] };
    }
    case 'AgencyRetired':
      return {
        ...state,
        status: 'retired',
        retiredOn: event.data.effectiveOn,
        ...(event.data.mergedIntoAgencyId ? { mergedIntoAgencyId: event.data.mergedIntoAgencyId } : {}),
      };
  }
}
