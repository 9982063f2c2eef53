import type { Actor } from '@giaoviec/kernel';
import { queryScopeFor, type PolicyAction } from '@giaoviec/platform';
import { forbiddenForAgency } from './problems';

/**
 * The agency a list query must be narrowed to, or undefined when the actor may read every
 * agency's rows. A role that reads only its own agency and asks for another agency's rows
 * (`?agencyId=`) is refused with 403 rather than silently answered with its own rows.
 */
export function narrowedAgency(
  action: PolicyAction,
  actor: Actor,
  requestedAgencyId?: string,
): string | undefined {
  const scope = queryScopeFor(action, actor);
  if (scope.all) return undefined;
  if (requestedAgencyId !== undefined && requestedAgencyId !== scope.agencyId) {
    throw forbiddenForAgency(action, scope.agencyId, requestedAgencyId, actor.role);
  }
  return scope.agencyId;
}
