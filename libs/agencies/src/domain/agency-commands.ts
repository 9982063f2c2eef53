import { LocalDate } from '@giaoviec/kernel';
import { AgencyKind } from './agency-kind';

/** A command is plain data, like an event: `{ type, data }`. */
export interface AgencyCommandOf<Type extends string, Data extends object> {
  readonly type: Type;
  readonly data: Data;
}

export interface RegisterAgencyData {
  readonly agencyId: string;
  readonly name: string;
  readonly shortName?: string;
  readonly kind: AgencyKind;
  readonly parentAgencyId?: string;
  readonly code?: string;
}
export type RegisterAgency = AgencyCommandOf<'RegisterAgency', RegisterAgencyData>;

export interface RenameAgencyData {
  readonly agencyId: string;
  readonly newName: string;
  readonly newShortName?: string;
  readonly effectiveOn: LocalDate;
  readonly decisionRef?: string;
}
export type RenameAgency = AgencyCommandOf<'RenameAgency', RenameAgencyData>;

/**
 * Retires one agency. With `mergedIntoAgencyId` it is the merged agency's half of a merge;
 * a merge is decided as a whole by `agencyMergeDecider`, which issues these for each merged agency.
 */
export interface RetireAgencyData {
  readonly agencyId: string;
  readonly reason: string;
  readonly effectiveOn: LocalDate;
  readonly mergedIntoAgencyId?: string;
  readonly decisionRef?: string;
}
export type RetireAgency = AgencyCommandOf<'RetireAgency', RetireAgencyData>;

/**
 * Merges agencies into a surviving one (register a brand-new agency first when the merge
 * creates one). Touches several streams, so it is decided by `agencyMergeDecider`.
 */
export interface MergeAgenciesData {
  readonly targetAgencyId: string;
  readonly mergedAgencyIds: readonly string[];
  readonly effectiveOn: LocalDate;
  readonly decisionRef: string;
}
export type MergeAgencies = AgencyCommandOf<'MergeAgencies', MergeAgenciesData>;

/** The commands one agency stream decides on its own. */
export type AgencyStreamCommand = RegisterAgency | RenameAgency | RetireAgency;
export type AgencyCommand = AgencyStreamCommand | MergeAgencies;
