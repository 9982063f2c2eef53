import type { Actor } from '@giaoviec/kernel';
import { POLICY_TABLE, type PolicyAction, type PolicyRole } from './policy-table';

/** What a list query may return to this actor: everything, or only rows of the actor's agency. */
export type QueryScope = { readonly all: true } | { readonly all: false; readonly agencyId: string };

/**
 * For queries that list resources (no single resource to check), the PolicyGuard lets an
 * `own` role through and the handler narrows the rows with this. `deny` never gets here.
 */
export function queryScopeFor(action: PolicyAction, actor: Actor): QueryScope {
  const permission = actor.role === 'system' ? 'any' : POLICY_TABLE[action].roles[actor.role as PolicyRole];
  return permission === 'any' ? { all: true } : { all: false, agencyId: actor.agencyId };
}
