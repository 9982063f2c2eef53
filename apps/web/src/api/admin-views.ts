/**
 * The answers of the administrator's reads: the agency directory (GET /agencies, GET
 * /agencies/{id}, described in words only by the OpenAPI document) and the user accounts.
 */
import type { components } from './openapi';
import type { Agency } from './views';

/** A directory entry as GET /agencies gives it, retired ones included. */
export interface AgencyEntry extends Agency {
  code?: string | null;
  /** For a retired agency that was merged: where its work went. */
  mergedIntoAgencyId?: string | null;
}

/** One agency with the stream version to send back as expectedVersion. */
export interface AgencyDetail extends AgencyEntry {
  version: number;
}

export type UserAccount = components['schemas']['UserView'];

export type AgencyKind = Agency['kind'];
