import { conflict, Decider, isLocalDate, notFound, unprocessable } from '@giaoviec/kernel';
import { RegisterAgency, RenameAgency, RetireAgency, AgencyStreamCommand } from './agency-commands';
import {
  AgencyEvent,
  AgencyRegistered,
  AgencyRegisteredData,
  AgencyRenamed,
  AgencyRetired,
  AgencyRetiredData,
} from './agency-events';
import { isAgencyKind, AGENCY_KINDS } from './agency-kind';
import { AgencyState, evolveAgency, initialAgencyState, RegisteredAgency } from './agency-state';
import { isBlank, optionalText } from '@giaoviec/kernel';

/** "Agency sokhcn ("Sở Khoa học và Công nghệ")", for messages. */
export function describeAgency(agency: Pick<RegisteredAgency, 'agencyId' | 'name'>): string {
  return `agency ${agency.agencyId} ("${agency.name}")`;
}

/** The agency must be registered (else not found) and active (else conflict 'agency.retired'). */
export function requireActiveAgency(state: AgencyState, agencyId: string, action: string): RegisteredAgency {
  if (state.status === 'unregistered') {
    throw notFound('agency.not_found', `Agency ${agencyId} is not registered.`, { agencyId });
  }
  if (state.status === 'retired') {
    const mergedInto = state.mergedIntoAgencyId ? ` (merged into agency ${state.mergedIntoAgencyId})` : '';
    throw conflict(
      'agency.retired',
      `The ${describeAgency(state)} was retired on ${state.retiredOn}${mergedInto}; it cannot be ${action}.`,
      { agencyId, retiredOn: state.retiredOn, mergedIntoAgencyId: state.mergedIntoAgencyId },
    );
  }
  return state;
}

export function requireEffectiveDate(effectiveOn: unknown): void {
  if (!isLocalDate(effectiveOn)) {
    throw unprocessable(
      'agency.effective_on_invalid',
      `The effective date "${String(effectiveOn)}" is not a valid YYYY-MM-DD date.`,
      {
        effectiveOn,
      },
    );
  }
}

function register({ data }: RegisterAgency, state: AgencyState): AgencyRegistered[] {
  if (state.status !== 'unregistered') {
    throw conflict(
      'agency.already_registered',
      `Agency ${data.agencyId} is already registered as "${state.name}".`,
      {
        agencyId: data.agencyId,
      },
    );
  }
  if (isBlank(data.agencyId)) {
    throw unprocessable('agency.id_required', 'An agency needs a non-empty id.');
  }
  if (isBlank(data.name)) {
    throw unprocessable('agency.name_required', `Agency ${data.agencyId} needs a non-empty name.`, {
      agencyId: data.agencyId,
    });
  }
  if (!isAgencyKind(data.kind)) {
    throw unprocessable(
      'agency.kind_invalid',
      `"${String(data.kind)}" is not a kind of agency; use one of ${AGENCY_KINDS.join(', ')}.`,
      { agencyId: data.agencyId, kind: data.kind },
    );
  }
  if (data.parentAgencyId !== undefined && data.parentAgencyId === data.agencyId) {
    throw unprocessable('agency.parent_is_self', `Agency ${data.agencyId} cannot be its own parent agency.`, {
      agencyId: data.agencyId,
    });
  }
  const shortName = optionalText(data.shortName);
  const parentAgencyId = optionalText(data.parentAgencyId);
  const code = optionalText(data.code);
  const registered: AgencyRegisteredData = {
    agencyId: data.agencyId,
    name: data.name.trim(),
    ...(shortName ? { shortName } : {}),
    kind: data.kind,
    ...(parentAgencyId ? { parentAgencyId } : {}),
    ...(code ? { code } : {}),
  };
  return [{ type: 'AgencyRegistered', data: registered }];
}

function rename({ data }: RenameAgency, state: AgencyState): AgencyRenamed[] {
  const agency = requireActiveAgency(state, data.agencyId, 'renamed');
  if (isBlank(data.newName)) {
    throw unprocessable(
      'agency.name_required',
      `The new name of ${describeAgency(agency)} must not be empty.`,
      {
        agencyId: data.agencyId,
      },
    );
  }
  requireEffectiveDate(data.effectiveOn);
  const newName = data.newName.trim();
  if (newName === agency.name) {
    throw conflict('agency.name_unchanged', `The ${describeAgency(agency)} is already named "${newName}".`, {
      agencyId: data.agencyId,
      name: newName,
    });
  }
  const newShortName = optionalText(data.newShortName);
  const decisionRef = optionalText(data.decisionRef);
  return [
    {
      type: 'AgencyRenamed',
      data: {
        agencyId: data.agencyId,
        previousName: agency.name,
        newName,
        ...(agency.shortName ? { previousShortName: agency.shortName } : {}),
        ...(newShortName ? { newShortName } : {}),
        effectiveOn: data.effectiveOn,
        ...(decisionRef ? { decisionRef } : {}),
      },
    },
  ];
}

function retire({ data }: RetireAgency, state: AgencyState): AgencyRetired[] {
  const agency = requireActiveAgency(state, data.agencyId, 'retired again');
  if (isBlank(data.reason)) {
    throw unprocessable(
      'agency.retire_reason_required',
      `Retiring ${describeAgency(agency)} needs a reason.`,
      {
        agencyId: data.agencyId,
      },
    );
  }
  requireEffectiveDate(data.effectiveOn);
  if (data.mergedIntoAgencyId !== undefined && data.mergedIntoAgencyId === data.agencyId) {
    throw unprocessable(
      'agency.merge_into_itself',
      `The ${describeAgency(agency)} cannot be merged into itself.`,
      {
        agencyId: data.agencyId,
      },
    );
  }
  const mergedIntoAgencyId = optionalText(data.mergedIntoAgencyId);
  const decisionRef = optionalText(data.decisionRef);
  const retired: AgencyRetiredData = {
    agencyId: data.agencyId,
    reason: data.reason.trim(),
    ...(mergedIntoAgencyId ? { mergedIntoAgencyId } : {}),
    effectiveOn: data.effectiveOn,
    ...(decisionRef ? { decisionRef } : {}),
  };
  return [{ type: 'AgencyRetired', data: retired }];
}

/**
 * One agency stream on its own: register, rename, retire. A merge spans several streams and
 * is decided by `agencyMergeDecider`.
 */
export const agencyDecider: Decider<AgencyState, AgencyStreamCommand, AgencyEvent> = {
  decide(command, state) {
    switch (command.type) {
      case 'RegisterAgency':
        return register(command, state);
      case 'RenameAgency':
        return rename(command, state);
      case 'RetireAgency':
        return retire(command, state);
    }
  },
  evolve: evolveAgency,
  initialState: initialAgencyState,
};
