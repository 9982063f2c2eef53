import type { Role } from '@giaoviec/kernel';

/** Who issues and who accepts our access tokens; an OpenID Connect provider would bring its own. */
export const ACCESS_TOKEN_ISSUER = 'giaoviec';
export const ACCESS_TOKEN_AUDIENCE = 'giaoviec-api';

/**
 * The claims of an access token. The identity context signs them at login; the request
 * pipeline verifies them and turns them into the Actor of every event. An OIDC provider
 * (VNeID, a city Keycloak) would map its own claims onto these in one place:
 * `actorFromClaims`.
 */
export interface AccessTokenClaims {
  /** The user id. */
  readonly sub: string;
  /** The agency the user acts for. */
  readonly agency: string;
  readonly role: Role;
  readonly typ: 'access';
}
