import { BadRequestException, ForbiddenException } from '@nestjs/common';
import type { PolicyAction } from '@giaoviec/platform';

/** A 400 naming the field, shaped like the answers of the global validation pipe. */
export function invalidField(field: string, message: string): BadRequestException {
  return new BadRequestException({
    type: 'urn:giaoviec:problem:validation',
    title: 'Invalid request',
    status: 400,
    detail: `Invalid field(s): ${field}`,
    errors: [{ field, messages: [message] }],
  });
}

/** A 403 shaped like the PolicyGuard's, for a list query asking for another agency's rows. */
export function forbiddenForAgency(
  action: PolicyAction,
  actorAgencyId: string,
  asked: string,
): ForbiddenException {
  return new ForbiddenException({
    type: 'urn:giaoviec:problem:auth.forbidden',
    title: 'Not allowed',
    status: 403,
    rule: 'auth.forbidden',
    action,
    detail: `This role may read ${action.split('.')[0]} data only of its own agency (${actorAgencyId}), not of ${asked}.`,
  });
}
