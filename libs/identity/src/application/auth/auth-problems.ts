import type { HttpException } from '@nestjs/common';
import { ruleRefusal } from '@giaoviec/platform';

/**
 * Failures of authentication that are not rules of an aggregate: their status is 401, 403
 * or 429, which DomainRuleViolation does not speak. Each is an RFC 9457 problem with a
 * stable `rule`, like every other error of the API.
 */
export const AUTH_RULES = {
  /** Wrong username or password, or a locked or deactivated account: one answer for all. */
  'auth.invalid_credentials': 401,
  'auth.refresh_token_invalid': 401,
  'auth.refresh_token_expired': 401,
  /** A rotated (or logged-out) refresh token was presented again: its whole session is ended. */
  'auth.refresh_token_reused': 401,
  'auth.current_password_wrong': 403,
  'auth.account_locked': 403,
  'auth.rate_limited': 429,
} as const;

export type AuthRule = keyof typeof AUTH_RULES;

export function authProblem(
  rule: AuthRule,
  detail: string,
  extra: Record<string, unknown> = {},
): HttpException {
  return ruleRefusal(AUTH_RULES[rule], rule, detail, extra);
}

/** The one message for every failed login, so it does not tell which usernames exist. */
export const INVALID_CREDENTIALS_MESSAGE =
  'Wrong username or password. After repeated failures an account is locked for a while; an administrator can reset it.';
