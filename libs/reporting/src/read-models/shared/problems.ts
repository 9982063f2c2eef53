import type { ForbiddenException } from '@nestjs/common';
import { forbiddenProblem, type PolicyAction } from '@giaoviec/platform';

/** A 403 shaped like the PolicyGuard's, for a list query asking for another agency's rows. */
export function forbiddenForAgency(
  action: PolicyAction,
  actorAgencyId: string,
  asked: string,
  role: string,
): ForbiddenException {
  return forbiddenProblem(
    `This role may read ${action.split('.')[0]} data only of its own agency (${actorAgencyId}), not of ${asked}.`,
    { reason: 'other_agency_rows', action, role },
  );
}
