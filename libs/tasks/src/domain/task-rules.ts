import { DomainRuleViolation, type RuleViolationKind } from '@giaoviec/kernel';

/**
 * Every rule a task command can break: its stable code (clients branch on it) and its kind.
 * - `state_conflict` (409): the task's current state forbids it; re-reading the task explains why.
 * - `unprocessable` (422): the command itself is unacceptable, whatever the state.
 * - `not_found` (404): the task, or the extension request named, does not exist.
 */
export const TASK_RULES = {
  'task.not_found': 'not_found',
  'task.already_assigned': 'state_conflict',
  'task.id_required': 'unprocessable',
  'task.plan_required': 'unprocessable',
  'task.title_required': 'unprocessable',
  'task.lead_agency_required': 'unprocessable',
  'task.lead_agency_also_coordinating': 'unprocessable',
  'task.invalid_date': 'unprocessable',
  'task.invalid_recurrence': 'unprocessable',
  'task.invalid_source': 'unprocessable',
  'task.due_date_in_past': 'unprocessable',
  'task.invalid_working_day_deadline': 'unprocessable',
  'task.due_date_after_plan_period': 'unprocessable',
  'task.closed': 'state_conflict',
  'task.awaiting_review': 'state_conflict',
  'task.not_lead_agency': 'state_conflict',
  'task.not_participating_agency': 'state_conflict',
  'task.already_acknowledged': 'state_conflict',
  'task.not_acknowledged': 'state_conflict',
  'task.no_due_date': 'state_conflict',
  'task.already_completed': 'state_conflict',
  'task.not_completed': 'state_conflict',
  'task.not_closed': 'state_conflict',
  'task.same_agency': 'state_conflict',
  'task.not_overdue': 'state_conflict',
  'task.already_escalated': 'state_conflict',
  'task.escalation_not_higher': 'state_conflict',
  'task.invalid_reassignment_cause': 'unprocessable',
  'task.invalid_escalation_level': 'unprocessable',
  'task.reason_required': 'unprocessable',
  'task.result_required': 'unprocessable',
  'task.agency_required': 'unprocessable',
  'task.fan_out_no_active_commune': 'unprocessable',
  'progress.summary_required': 'unprocessable',
  'coordination.lead_agency': 'state_conflict',
  'coordination.not_coordinating_agency': 'state_conflict',
  'coordination.already_acknowledged': 'state_conflict',
  'coordination.not_acknowledged': 'state_conflict',
  'coordination.summary_required': 'unprocessable',
  'progress.invalid_percent': 'unprocessable',
  'extension.already_pending': 'state_conflict',
  'extension.date_not_later': 'unprocessable',
  'extension.not_requested': 'not_found',
  'extension.already_decided': 'state_conflict',
  'recurrence.not_recurring': 'unprocessable',
  'recurrence.no_period_in_hand': 'unprocessable',
  'recurrence.period_not_in_hand': 'unprocessable',
  'recurrence.period_still_owed': 'state_conflict',
  'recurrence.already_started': 'state_conflict',
  'reminder.invalid': 'unprocessable',
  'reminder.stale_due_date': 'state_conflict',
  'evidence.too_many': 'unprocessable',
  'evidence.duplicate': 'unprocessable',
  'evidence.invalid': 'unprocessable',
  'discussion.text_required': 'unprocessable',
  'discussion.text_too_long': 'unprocessable',
  'discussion.not_allowed': 'state_conflict',
} as const satisfies Record<string, RuleViolationKind>;

export type TaskRule = keyof typeof TASK_RULES;

/** A violation of a task rule, of the kind the table above gives it. */
export function taskViolation(
  rule: TaskRule,
  message: string,
  details: Record<string, unknown> = {},
): DomainRuleViolation {
  return new DomainRuleViolation(rule, message, TASK_RULES[rule], details);
}
