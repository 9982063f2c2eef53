import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { forbiddenProblem } from '../http/client-problems';
import { PUBLIC_ROUTE } from '../request-context/public-route.decorator';
import { AUTHORIZE_ACTION } from './authorize.decorator';
import { isPolicyAction, POLICY_TABLE, type PolicyRole } from './policy-table';
import { ResourceOwners } from './resource-owners';

/**
 * Every request passes here after authentication: the route's action, the actor's role and,
 * for `own`, whether the resource belongs to the actor's agency decide. A route without an
 * action is refused (and the API does not even start with one: see PolicyCoverageCheck).
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly owners: ResourceOwners,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const action = this.reflector.getAllAndOverride<string>(AUTHORIZE_ACTION, targets);
    const request = context.switchToHttp().getRequest<Request>();
    const actor = request.actor;
    if (!actor || !action || !isPolicyAction(action))
      throw forbiddenProblem('This route has no authorization policy.', { reason: 'role' });

    const policy = POLICY_TABLE[action];
    const permission = actor.role === 'system' ? 'deny' : policy.roles[actor.role as PolicyRole];
    if (permission === 'any') return true;
    const refused = (reason: 'role' | 'own_agency', detail: string) =>
      forbiddenProblem(detail, { reason, action, role: actor.role });
    if (permission === 'deny' || policy.ownedBy === 'none') {
      throw refused('role', `The role ${actor.role} may not ${describe(action)}.`);
    }
    const resourceParam = 'resourceParam' in policy ? policy.resourceParam : undefined;
    const resourceId = resourceParam ? request.params[resourceParam] : undefined;
    // A list query names no resource: the handler narrows it to the actor's agency (queryScopeFor).
    if (resourceId === undefined && policy.kind === 'query') return true;
    if (resourceId === undefined)
      throw refused('role', `The role ${actor.role} may not ${describe(action)}.`);
    const owners = await this.owners.ownersOf(policy.ownedBy, String(resourceId));
    if (owners === undefined || owners.includes(actor.agencyId)) return true;
    // A head sees what the agency's units own: a task handed down to a centre stays in sight.
    if (actor.role === 'agency_head' && policy.kind === 'query') {
      const units = await this.owners.unitsOf(actor.agencyId);
      if (owners.some((owner) => units.includes(owner))) return true;
    }
    throw refused(
      'own_agency',
      `The role ${actor.role} may ${describe(action)} only for its own agency (${actor.agencyId}).`,
    );
  }
}

function describe(action: string): string {
  return action.replace('.', ': ').replace(/_/g, ' ');
}
