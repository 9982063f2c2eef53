import { SetMetadata } from '@nestjs/common';
import type { PolicyAction } from './policy-table';

export const AUTHORIZE_ACTION = 'giaoviec:authorize-action';

/** Names the action of a route in the POLICY_TABLE; the PolicyGuard decides from it. */
export const Authorize = (action: PolicyAction) => SetMetadata(AUTHORIZE_ACTION, action);
