import { Injectable } from '@nestjs/common';
import type { Actor } from '@giaoviec/kernel';
import { queryScopeFor, ResourceOwners, type PolicyAction } from '@giaoviec/platform';
import { forbiddenForAgency } from './problems';

/**
 * The agencies a list query must be narrowed to, or undefined when the actor may read every
 * agency's rows. An officer reads its own agency's rows; an agency head also those of its
 * units, at any depth (the agencies context tells which, through ResourceOwners), as the
 * policy lets it open each of their tasks. Asking for an agency outside that (`?agencyId=`)
 * is refused with 403 rather than silently answered with the actor's own rows.
 */
@Injectable()
export class AgencyReadScope {
  constructor(private readonly owners: ResourceOwners) {}

  async agenciesFor(
    action: PolicyAction,
    actor: Actor,
    requestedAgencyId?: string,
  ): Promise<readonly string[] | undefined> {
    const scope = queryScopeFor(action, actor);
    if (scope.all) return undefined;
    const agencies =
      actor.role === 'agency_head'
        ? [scope.agencyId, ...(await this.owners.unitsOf(scope.agencyId))]
        : [scope.agencyId];
    if (requestedAgencyId !== undefined && !agencies.includes(requestedAgencyId)) {
      throw forbiddenForAgency(action, scope.agencyId, requestedAgencyId, actor.role);
    }
    return agencies;
  }
}
