import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblems } from '../http/openapi/api-problems';
import { POLICY_ROLES, POLICY_TABLE, type PolicyAction } from './policy-table';

export const AUTHORIZE_ACTION = 'giaoviec:authorize-action';

/**
 * Names the action of a route in the POLICY_TABLE; the PolicyGuard decides from it. The
 * OpenAPI document learns from the same table that the route needs a bearer token (401
 * without one) and, unless every role may do it everywhere, who the 403 leaves out.
 */
export const Authorize = (action: PolicyAction) =>
  applyDecorators(
    SetMetadata(AUTHORIZE_ACTION, action),
    ApiBearerAuth('bearer'),
    ApiProblems({
      401: 'No valid access token (`auth.unauthenticated`; `reason`: missing_token, expired or invalid)',
      ...(whoMay(action) === undefined
        ? {}
        : { 403: `Refused by the policy (\`auth.forbidden\`): ${whoMay(action)}` }),
    }),
  );

/** Who the policy lets do the action, in words; undefined when it refuses no role. */
function whoMay(action: PolicyAction): string | undefined {
  // An action missing from the table is the boot check's to refuse (PolicyCoverageCheck), with a clear message.
  const entry = POLICY_TABLE[action] as (typeof POLICY_TABLE)[PolicyAction] | undefined;
  if (entry === undefined) return undefined;
  const { roles } = entry;
  const rolesWith = (permission: string) => POLICY_ROLES.filter((role) => roles[role] === permission);
  if (rolesWith('any').length === POLICY_ROLES.length) return undefined;
  const everywhere = rolesWith('any');
  const ownOnly = rolesWith('own');
  return [
    everywhere.length > 0 ? `allowed to ${everywhere.join(', ')}` : 'allowed to no role everywhere',
    ...(ownOnly.length > 0 ? [`to ${ownOnly.join(', ')} only for their own agency`] : []),
  ].join('; ');
}
