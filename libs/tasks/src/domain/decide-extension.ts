import type { DecisionContext } from '@giaoviec/kernel';
import type { GrantExtension, RejectExtension, RequestExtension } from './task.commands';
import type { TaskEvent } from './task.events';
import {
  definedOnly,
  optionalText,
  requireAcknowledged,
  requireAssigned,
  requireDueDate,
  requireLeadAgency,
  requireLocalDate,
  requireOpen,
  requireText,
  requireWorkable,
} from './task.guards';
import { taskViolation } from './task-rules';
import { boundsOf, requireDeadlineWithinBounds } from './deadline-rules';
import type { AssignedTaskState, PendingExtension, TaskState } from './task.state';

/** Extension requests: asked by the lead agency, one at a time; granted or rejected by the reviewer. */

export function requestExtension(
  { data }: RequestExtension,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireWorkable(task, 'be extended');
  requireLeadAgency(task, context, 'request an extension of');
  requireAcknowledged(task, 'request an extension');
  const currentDueDate = requireDueDate(task, 'be extended');
  const requestId = requireText(
    data.requestId,
    'task.id_required',
    `An extension request on task ${task.taskId} needs an id.`,
  );
  const pending = task.pendingExtension;
  if (pending !== null) {
    throw taskViolation(
      'extension.already_pending',
      `Task ${task.taskId} already has extension request ${pending.requestId} (to ${pending.requestedDueDate}) pending; wait until it is granted or rejected.`,
      {
        taskId: task.taskId,
        pendingRequestId: pending.requestId,
        requestedDueDate: pending.requestedDueDate,
      },
    );
  }
  if (task.extensionRequestIds.includes(requestId)) {
    throw taskViolation(
      'extension.already_decided',
      `Extension request ${requestId} of task ${task.taskId} was already made and decided; use a new request id.`,
      { taskId: task.taskId, requestId },
    );
  }
  const requestedDueDate = requireLocalDate(data.requestedDueDate, 'The requested due date', task.taskId);
  requireLaterDate(task, currentDueDate, requestedDueDate, 'requested');
  requireDeadlineWithinBounds(requestedDueDate, 'The requested due date', boundsOf(task, context));
  const reason = requireText(
    data.reason,
    'task.reason_required',
    `An extension request on task ${task.taskId} must give a reason.`,
    { taskId: task.taskId },
  );
  return [
    {
      type: 'ExtensionRequested',
      data: { taskId: task.taskId, requestId, currentDueDate, requestedDueDate, reason },
    },
  ];
}

function requireLaterDate(task: AssignedTaskState, currentDueDate: string, date: string, what: string): void {
  if (date <= currentDueDate) {
    throw taskViolation(
      'extension.date_not_later',
      `The ${what} due date ${date} of task ${task.taskId} must be later than its current due date ${currentDueDate}.`,
      { taskId: task.taskId, currentDueDate, dueDate: date },
    );
  }
}

function requirePendingRequest(task: AssignedTaskState, requestId: string): PendingExtension {
  const pending = task.pendingExtension;
  if (pending !== null && pending.requestId === requestId) return pending;
  if (task.extensionRequestIds.includes(requestId)) {
    throw taskViolation(
      'extension.already_decided',
      `Extension request ${requestId} of task ${task.taskId} is no longer pending: it was already granted or rejected, or it lapsed when the task was completed, reassigned or cancelled.`,
      { taskId: task.taskId, requestId },
    );
  }
  const hint =
    pending === null ? 'No extension request is pending.' : `The pending request is ${pending.requestId}.`;
  throw taskViolation(
    'extension.not_requested',
    `Task ${task.taskId} has no extension request ${requestId}. ${hint}`,
    {
      taskId: task.taskId,
      requestId,
      pendingRequestId: pending?.requestId ?? null,
    },
  );
}

export function grantExtension(
  { data }: GrantExtension,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireOpen(task, 'have an extension granted');
  const pending = requirePendingRequest(task, data.requestId);
  const previousDueDate = requireDueDate(task, 'be extended');
  const newDueDate =
    data.newDueDate === undefined
      ? pending.requestedDueDate
      : requireLocalDate(data.newDueDate, 'The granted due date', task.taskId);
  requireLaterDate(task, previousDueDate, newDueDate, 'granted');
  // A request that waited past its own date is granted with a later one, never as asked.
  requireDeadlineWithinBounds(newDueDate, 'The granted due date', boundsOf(task, context));
  return [
    {
      type: 'ExtensionGranted',
      data: definedOnly({
        taskId: task.taskId,
        requestId: pending.requestId,
        previousDueDate,
        newDueDate,
        note: optionalText(data.note),
      }),
    },
  ];
}

export function rejectExtension({ data }: RejectExtension, state: TaskState): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireOpen(task, 'have an extension rejected');
  const pending = requirePendingRequest(task, data.requestId);
  const reason = requireText(
    data.reason,
    'task.reason_required',
    `Rejecting extension request ${pending.requestId} of task ${task.taskId} requires a reason.`,
    { taskId: task.taskId, requestId: pending.requestId },
  );
  return [{ type: 'ExtensionRejected', data: { taskId: task.taskId, requestId: pending.requestId, reason } }];
}
