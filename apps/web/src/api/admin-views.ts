/**
 * The answers of the administrator's reads: the agency directory (GET /agencies, GET
 * /agencies/{id}) and the user accounts, as the OpenAPI document describes them.
 */
import type { components } from './openapi';

/** A directory entry as GET /agencies gives it, retired ones included. */
export type AgencyEntry = components['schemas']['AgencyView'];

/** One agency with the stream version to send back as expectedVersion. */
export type AgencyDetail = components['schemas']['VersionedAgencyView'];

export type UserAccount = components['schemas']['UserView'];

export type AgencyKind = AgencyEntry['kind'];
