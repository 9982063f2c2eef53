import { Injectable } from '@nestjs/common';
import { ROLES, type Actor, type Role } from '@giaoviec/kernel';
import type { ActorResolver, RequestCredentials } from './actor-resolver';

export const ACTOR_HEADERS = {
  userId: 'x-actor-user-id',
  agencyId: 'x-actor-agency-id',
  role: 'x-actor-role',
} as const;

/**
 * INTERIM, until identity and access lands (issue 3): trusts X-Actor-* headers.
 * It lives behind ActorResolver so that issue swaps in token verification without touching
 * a handler. Never expose a deployment using it beyond a trusted network.
 */
@Injectable()
export class InterimHeaderActorResolver implements ActorResolver {
  async resolve(request: RequestCredentials): Promise<Actor | { unauthenticated: string }> {
    const userId = request.header(ACTOR_HEADERS.userId)?.trim();
    const agencyId = request.header(ACTOR_HEADERS.agencyId)?.trim();
    const role = request.header(ACTOR_HEADERS.role)?.trim();
    const missing = Object.entries({ userId, agencyId, role })
      .filter(([, value]) => !value)
      .map(([name]) => ACTOR_HEADERS[name as keyof typeof ACTOR_HEADERS]);
    if (missing.length > 0) return { unauthenticated: `Missing actor header(s): ${missing.join(', ')}` };
    if (!ROLES.includes(role as Role) || role === 'system') {
      return {
        unauthenticated: `${ACTOR_HEADERS.role} must be one of ${ROLES.filter((r) => r !== 'system').join(', ')}`,
      };
    }
    return { userId: userId as string, agencyId: agencyId as string, role: role as Role };
  }
}
