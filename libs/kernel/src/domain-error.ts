/**
 * A broken rule of the domain. `rule` is a stable machine-readable code clients can
 * branch on; `kind` says whether the request clashes with the current state (a retry
 * after re-reading may succeed) or can never be accepted as sent.
 */
export type RuleViolationKind = 'state_conflict' | 'unprocessable' | 'not_found';

export class DomainRuleViolation extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly kind: RuleViolationKind = 'state_conflict',
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainRuleViolation';
  }
}

export const conflict = (rule: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainRuleViolation(rule, message, 'state_conflict', details);

export const unprocessable = (rule: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainRuleViolation(rule, message, 'unprocessable', details);

export const notFound = (rule: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainRuleViolation(rule, message, 'not_found', details);
