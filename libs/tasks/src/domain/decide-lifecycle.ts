import type { DecisionContext, LocalDate } from '@giaoviec/kernel';
import type {
  AcceptCompletion,
  CancelTask,
  CompleteTask,
  ReassignTask,
  ReopenTask,
  ReturnCompletion,
} from './task.commands';
import { REASSIGNMENT_CAUSES, type TaskEvent } from './task.events';
import {
  definedOnly,
  describeStatus,
  optionalText,
  requireAcknowledged,
  requireAssigned,
  requireLeadAgency,
  requireLocalDate,
  requireOpen,
  requireText,
} from './task.guards';
import { reportEvidence } from './report-evidence';
import { taskViolation } from './task-rules';
import { boundsOf, requireDeadlineWithinBounds } from './deadline-rules';
import { isClosedStatus, type AssignedTaskState, type TaskState } from './task.state';

/** Who holds the task, its completion and review, and closing or reopening it. */

export function reassign({ data }: ReassignTask, state: TaskState, context: DecisionContext): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireOpen(task, 'be reassigned');
  const toAgencyId = requireText(
    data.toAgencyId,
    'task.agency_required',
    `Reassigning task ${task.taskId} requires the agency it goes to.`,
    { taskId: task.taskId },
  );
  if (toAgencyId === task.leadAgencyId) {
    throw taskViolation(
      'task.same_agency',
      `Task ${task.taskId} is already led by agency ${toAgencyId}; reassign it to a different agency.`,
      { taskId: task.taskId, agencyId: toAgencyId },
    );
  }
  const cause = data.cause ?? 'manual';
  if (!(REASSIGNMENT_CAUSES as readonly string[]).includes(cause)) {
    throw taskViolation(
      'task.invalid_reassignment_cause',
      `The cause of reassigning task ${task.taskId} must be one of ${REASSIGNMENT_CAUSES.join(', ')}; got ${JSON.stringify(cause)}.`,
      { taskId: task.taskId, cause },
    );
  }
  const reason = requireText(
    data.reason,
    'task.reason_required',
    `Reassigning task ${task.taskId} to agency ${toAgencyId} requires a reason.`,
    { taskId: task.taskId },
  );
  const newDueDate = optionalDeadline(data.newDueDate, 'The new due date', task, context);
  return [
    {
      type: 'TaskReassigned',
      data: definedOnly({
        taskId: task.taskId,
        fromAgencyId: task.leadAgencyId,
        toAgencyId,
        reason,
        cause,
        newDueDate,
      }),
    },
  ];
}

export function complete({ data }: CompleteTask, state: TaskState, context: DecisionContext): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireOpen(task, 'be completed');
  if (task.status === 'completed') {
    throw taskViolation(
      'task.already_completed',
      `Task ${task.taskId} was already completed on ${task.completedOn} and awaits review.`,
      { taskId: task.taskId, completedOn: task.completedOn },
    );
  }
  requireLeadAgency(task, context, 'complete');
  requireAcknowledged(task, 'complete it');
  if (task.periodInHand !== null) {
    throw taskViolation(
      'recurrence.period_still_owed',
      `Task ${task.taskId} is a recurring report whose period ${task.periodInHand.key} is still owed (due ${task.dueDate}); it can be completed once its recurrence has ended.`,
      { taskId: task.taskId, periodInHand: task.periodInHand.key, dueDate: task.dueDate },
    );
  }
  const result = requireText(
    data.result,
    'task.result_required',
    `Completing task ${task.taskId} requires a description of the result.`,
    { taskId: task.taskId },
  );
  return [
    {
      type: 'TaskCompleted',
      data: definedOnly({
        taskId: task.taskId,
        agencyId: context.actor.agencyId,
        result,
        completedOn: context.today,
        dueDate: task.dueDate,
        evidence: reportEvidence(data.evidence, task.taskId),
      }),
    },
  ];
}

function requireCompleted(task: AssignedTaskState, action: string): void {
  requireOpen(task, action);
  if (task.status !== 'completed') {
    throw taskViolation(
      'task.not_completed',
      `Task ${task.taskId} is ${describeStatus(task.status)}; only a completed task can ${action}.`,
      { taskId: task.taskId, status: task.status },
    );
  }
}

export function acceptCompletion({ data }: AcceptCompletion, state: TaskState): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireCompleted(task, 'be accepted');
  return [
    {
      type: 'CompletionAccepted',
      data: definedOnly({ taskId: task.taskId, comment: optionalText(data.comment) }),
    },
  ];
}

export function returnCompletion({ data }: ReturnCompletion, state: TaskState): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireCompleted(task, 'be returned');
  const reason = requireText(
    data.reason,
    'task.reason_required',
    `Returning the completion of task ${task.taskId} requires a reason.`,
    { taskId: task.taskId },
  );
  return [{ type: 'CompletionReturned', data: { taskId: task.taskId, reason } }];
}

export function cancel({ data }: CancelTask, state: TaskState): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireOpen(task, 'be cancelled');
  const reason = requireText(
    data.reason,
    'task.reason_required',
    `Cancelling task ${task.taskId} requires a reason.`,
    {
      taskId: task.taskId,
    },
  );
  const duplicateOfTaskId = optionalText(data.duplicateOfTaskId);
  return [{ type: 'TaskCancelled', data: definedOnly({ taskId: task.taskId, reason, duplicateOfTaskId }) }];
}

export function reopen({ data }: ReopenTask, state: TaskState, context: DecisionContext): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  if (!isClosedStatus(task.status)) {
    throw taskViolation(
      'task.not_closed',
      `Task ${task.taskId} is ${describeStatus(task.status)}; only an accepted or cancelled task can be reopened.`,
      { taskId: task.taskId, status: task.status },
    );
  }
  const reason = requireText(
    data.reason,
    'task.reason_required',
    `Reopening task ${task.taskId} requires a reason.`,
    {
      taskId: task.taskId,
    },
  );
  const newDueDate = optionalDeadline(data.newDueDate, 'The new due date', task, context);
  return [{ type: 'TaskReopened', data: definedOnly({ taskId: task.taskId, reason, newDueDate }) }];
}

function optionalDeadline(
  value: unknown,
  what: string,
  task: AssignedTaskState,
  context: DecisionContext,
): LocalDate | undefined {
  if (value === undefined) return undefined;
  const date = requireLocalDate(value, what, task.taskId);
  requireDeadlineWithinBounds(date, what, boundsOf(task, context));
  return date;
}
