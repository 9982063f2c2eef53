import { DomainEvent, LocalDate } from '@giaoviec/kernel';
import { AgencyKind } from './agency-kind';

/** Every agency has its own stream, `agency-<agencyId>`. */
export const AGENCY_STREAM_PREFIX = 'agency-';

export function agencyStreamId(agencyId: string): string {
  return `${AGENCY_STREAM_PREFIX}${agencyId}`;
}

export interface AgencyRegisteredData {
  readonly agencyId: string;
  /** Full official name, e.g. 'Sở Khoa học và Công nghệ', 'UBND phường Thuận Hóa'. */
  readonly name: string;
  /** e.g. 'SKHCN'. */
  readonly shortName?: string;
  readonly kind: AgencyKind;
  /** The agency this one belongs to, if any (e.g. a centre under a department). */
  readonly parentAgencyId?: string;
  /** An official code, e.g. the administrative unit code of a commune. */
  readonly code?: string;
}
export type AgencyRegistered = DomainEvent<'AgencyRegistered', AgencyRegisteredData>;

export interface AgencyRenamedData {
  readonly agencyId: string;
  readonly previousName: string;
  readonly newName: string;
  /** The short name before the rename, if there was one. */
  readonly previousShortName?: string;
  /** The short name from now on; a rename without one leaves the agency without a short name. */
  readonly newShortName?: string;
  readonly effectiveOn: LocalDate;
  /** The decision or resolution that renamed it, e.g. '123/QĐ-UBND'. */
  readonly decisionRef?: string;
}
export type AgencyRenamed = DomainEvent<'AgencyRenamed', AgencyRenamedData>;

/**
 * Recorded on the stream of the surviving (or newly registered) agency. Each merged agency
 * records its own AgencyRetired with `mergedIntoAgencyId` pointing here; the tasks context
 * moves the open tasks of the merged agencies to this one.
 */
export interface AgenciesMergedData {
  /** The surviving agency: the owner of this stream. */
  readonly agencyId: string;
  readonly mergedAgencyIds: readonly string[];
  readonly effectiveOn: LocalDate;
  /** The resolution or decision ordering the merge, e.g. a National Assembly Standing Committee resolution. */
  readonly decisionRef: string;
}
export type AgenciesMerged = DomainEvent<'AgenciesMerged', AgenciesMergedData>;

export interface AgencyRetiredData {
  readonly agencyId: string;
  readonly reason: string;
  /** Set when the agency was retired because it was merged into another one. */
  readonly mergedIntoAgencyId?: string;
  readonly effectiveOn: LocalDate;
  readonly decisionRef?: string;
}
export type AgencyRetired = DomainEvent<'AgencyRetired', AgencyRetiredData>;

export type AgencyEvent = AgencyRegistered | AgencyRenamed | AgenciesMerged | AgencyRetired;
export type AgencyEventType = AgencyEvent['type'];

/** The schema version of each event's data (stored in the event metadata); bump it when a shape changes. */
export const AGENCY_EVENT_SCHEMA_VERSIONS: Readonly<Record<AgencyEventType, number>> = {
  AgencyRegistered: 1,
  AgencyRenamed: 1,
  AgenciesMerged: 1,
  AgencyRetired: 1,
};

export const AGENCY_EVENT_TYPES = Object.keys(AGENCY_EVENT_SCHEMA_VERSIONS) as readonly AgencyEventType[];

export function isAgencyEvent(event: { readonly type: string }): event is AgencyEvent {
  return (AGENCY_EVENT_TYPES as readonly string[]).includes(event.type);
}
