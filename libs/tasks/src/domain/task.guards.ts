import { isLocalDate, type DecisionContext, type LocalDate } from '@giaoviec/kernel';
import { taskViolation, type TaskRule } from './task-rules';
import { isAssigned, isClosedStatus, type AssignedTaskState, type TaskState } from './task.state';

/** Checks shared by several decisions; each throws a DomainRuleViolation naming the ids involved. */

export function requireAssigned(state: TaskState, taskId: string): AssignedTaskState {
  if (!isAssigned(state)) {
    throw taskViolation('task.not_found', `Task ${taskId} does not exist.`, { taskId });
  }
  return state;
}

const STATUS_WORDS: Record<AssignedTaskState['status'], string> = {
  assigned: 'assigned but not acknowledged yet',
  in_progress: 'still in progress',
  completed: 'completed and awaiting review',
  accepted: 'accepted',
  cancelled: 'cancelled',
};

/** The status as words for messages: "Task t-1 is still in progress". */
export function describeStatus(status: AssignedTaskState['status']): string {
  return STATUS_WORDS[status];
}

/** Not accepted, not cancelled. */
export function requireOpen(task: AssignedTaskState, action: string): void {
  if (isClosedStatus(task.status)) {
    throw taskViolation(
      'task.closed',
      `Task ${task.taskId} is ${task.status} and therefore closed; it cannot ${action} unless it is reopened.`,
      { taskId: task.taskId, status: task.status },
    );
  }
}

/** Open and not waiting for the review of a completion. */
export function requireWorkable(task: AssignedTaskState, action: string): void {
  requireOpen(task, action);
  if (task.status === 'completed') {
    throw taskViolation(
      'task.awaiting_review',
      `Task ${task.taskId} was completed on ${task.completedOn} and awaits review; it cannot ${action} unless the completion is returned.`,
      { taskId: task.taskId, completedOn: task.completedOn },
    );
  }
}

export function requireLeadAgency(task: AssignedTaskState, context: DecisionContext, action: string): void {
  const agencyId = context.actor.agencyId;
  if (agencyId !== task.leadAgencyId) {
    throw taskViolation(
      'task.not_lead_agency',
      `Only the lead agency ${task.leadAgencyId} can ${action} task ${task.taskId}; agency ${agencyId} cannot.`,
      { taskId: task.taskId, leadAgencyId: task.leadAgencyId, agencyId },
    );
  }
}

export function requireAcknowledged(task: AssignedTaskState, action: string): void {
  if (!task.acknowledged) {
    throw taskViolation(
      'task.not_acknowledged',
      `Task ${task.taskId} has not been acknowledged by its lead agency ${task.leadAgencyId}; acknowledge it before you ${action}.`,
      { taskId: task.taskId, leadAgencyId: task.leadAgencyId },
    );
  }
}

export function requireDueDate(task: AssignedTaskState, action: string): LocalDate {
  if (task.dueDate === null) {
    throw taskViolation('task.no_due_date', `Task ${task.taskId} has no due date, so it cannot ${action}.`, {
      taskId: task.taskId,
    });
  }
  return task.dueDate;
}

/** A non-blank string, trimmed. */
export function requireText(
  value: unknown,
  rule: TaskRule,
  message: string,
  details: Record<string, unknown> = {},
): string {
  if (typeof value !== 'string' || value.trim() === '') throw taskViolation(rule, message, details);
  return value.trim();
}

/** Trimmed, or undefined when absent or blank. */
export function optionalText(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function requireLocalDate(value: unknown, field: string, taskId: string): LocalDate {
  if (!isLocalDate(value)) {
    throw taskViolation(
      'task.invalid_date',
      `${field} of task ${taskId} must be a calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}.`,
      { taskId, field, value },
    );
  }
  return value;
}

/** Copies only the defined optional fields, so stored events carry no `undefined` keys. */
export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
