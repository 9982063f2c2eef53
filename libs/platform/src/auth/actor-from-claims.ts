import { ROLES, type Actor, type Role } from '@giaoviec/kernel';
import type { AccessTokenClaims } from './access-token-claims';

/**
 * The one place a verified token becomes an Actor. An OpenID Connect provider replaces the
 * strategy's key and issuer settings and, if its claim names differ, this mapping; no
 * handler changes.
 */
export function actorFromClaims(
  claims: Partial<AccessTokenClaims> & Record<string, unknown>,
): Actor | undefined {
  const { sub, agency, role, typ } = claims;
  if (typ !== 'access' || typeof sub !== 'string' || typeof agency !== 'string') return undefined;
  if (!ROLES.includes(role as Role) || role === 'system') return undefined;
  return { userId: sub, agencyId: agency, role: role as Role };
}
