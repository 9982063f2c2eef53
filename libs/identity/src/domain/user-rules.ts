import { DomainRuleViolation } from '@giaoviec/kernel';

/**
 * Every rule a user command can break: its stable code (clients branch on it) and its kind.
 * - `state_conflict` (409): the account's current state forbids it;
 * - `unprocessable` (422): the command itself is unacceptable, whatever the state;
 * - `not_found` (404): no such user.
 */
export const USER_RULES = {
  'user.not_found': 'not_found',
  'user.already_registered': 'state_conflict',
  'user.id_invalid': 'unprocessable',
  'user.username_invalid': 'unprocessable',
  'user.display_name_required': 'unprocessable',
  'user.agency_required': 'unprocessable',
  'user.role_invalid': 'unprocessable',
  'user.role_unchanged': 'state_conflict',
  'user.agency_unchanged': 'state_conflict',
  'user.deactivated': 'state_conflict',
  'user.already_deactivated': 'state_conflict',
  'user.not_deactivated': 'state_conflict',
  'user.reason_required': 'unprocessable',
  'user.own_access': 'state_conflict',
  'user.password_changed_by_invalid': 'unprocessable',
  'user.lockout_invalid': 'unprocessable',
  'user.password_too_short': 'unprocessable',
  'user.password_too_long': 'unprocessable',
  'user.password_same_as_username': 'unprocessable',
  // Checked by the application, outside the user's stream:
  'user.username_taken': 'state_conflict',
  'user.agency_unknown': 'unprocessable',
  'user.agency_retired': 'unprocessable',
  'user.password_unchanged': 'unprocessable',
} as const;

export type UserRule = keyof typeof USER_RULES;

export function userViolation(
  rule: UserRule,
  message: string,
  details: Record<string, unknown> = {},
): DomainRuleViolation {
  return new DomainRuleViolation(rule, message, USER_RULES[rule], details);
}
