import { isOverdue, vietnamWorkingDays, type DecisionContext } from '@giaoviec/kernel';
import type { EscalateTask, RecordReminderSent } from './task.commands';
import { ESCALATION_LEVELS, type TaskEvent } from './task.events';
import {
  definedOnly,
  optionalText,
  requireAssigned,
  requireDueDate,
  requireLocalDate,
  requireText,
  requireWorkable,
} from './task.guards';
import { taskViolation } from './task-rules';
import { reminderKey, type TaskState } from './task.state';

/** Chasing a deadline: reminders sent and escalations. */

/**
 * Idempotent by design: the worker records a reminder after it went out, and a retried
 * job (crash between sending and recording, at-least-once queues) must not fail forever
 * nor record it twice. The same kind for the same deadline therefore decides nothing,
 * even if the task has closed since.
 */
export function recordReminderSent({ data }: RecordReminderSent, state: TaskState): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  const dueDate = requireLocalDate(data.dueDate, 'The due date of a reminder', task.taskId);
  const kind = requireText(data.kind, 'reminder.invalid', `A reminder on task ${task.taskId} needs a kind.`, {
    taskId: task.taskId,
  });
  if (task.remindersSent.includes(reminderKey(kind, dueDate))) return [];

  requireWorkable(task, 'have a reminder sent');
  const currentDueDate = requireDueDate(task, 'have a deadline reminder');
  if (dueDate !== currentDueDate) {
    throw taskViolation(
      'reminder.stale_due_date',
      `The ${kind} reminder on task ${task.taskId} concerns due date ${dueDate}, but the task is now due on ${currentDueDate}.`,
      { taskId: task.taskId, kind, dueDate, currentDueDate },
    );
  }
  const channel = requireText(
    data.channel,
    'reminder.invalid',
    `A reminder on task ${task.taskId} needs a channel.`,
    {
      taskId: task.taskId,
    },
  );
  const recipients = Array.isArray(data.recipients) ? data.recipients.map((r) => optionalText(r)) : [];
  if (recipients.length === 0 || recipients.some((r) => r === undefined)) {
    throw taskViolation(
      'reminder.invalid',
      `A reminder on task ${task.taskId} must name at least one recipient, none of them blank.`,
      { taskId: task.taskId },
    );
  }
  // The deadline in force is the period's when the task recurs: the record says which report was owed.
  const periodKey = task.periodInHand?.key;
  return [
    {
      type: 'ReminderSent',
      data: {
        taskId: task.taskId,
        kind,
        channel,
        recipients: recipients as string[],
        dueDate,
        ...(periodKey ? { periodKey } : {}),
      },
    },
  ];
}

export function escalate({ data }: EscalateTask, state: TaskState, context: DecisionContext): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireWorkable(task, 'be escalated');
  const level = data.level;
  if (!(ESCALATION_LEVELS as readonly string[]).includes(level)) {
    throw taskViolation(
      'task.invalid_escalation_level',
      `Task ${task.taskId} can be escalated to ${ESCALATION_LEVELS.join(' or ')}; got ${JSON.stringify(level)}.`,
      { taskId: task.taskId, level },
    );
  }
  const dueDate = requireDueDate(task, 'be escalated');
  if (!isOverdue(dueDate, context.today)) {
    throw taskViolation(
      'task.not_overdue',
      `Task ${task.taskId} is due on ${dueDate} and is not overdue on ${context.today}; only an overdue task is escalated.`,
      { taskId: task.taskId, dueDate, today: context.today },
    );
  }
  const current = task.escalationLevel;
  if (current === level) {
    throw taskViolation(
      'task.already_escalated',
      `Task ${task.taskId} was already escalated to ${level} for due date ${dueDate}.`,
      { taskId: task.taskId, level, dueDate },
    );
  }
  if (current !== null && ESCALATION_LEVELS.indexOf(level) < ESCALATION_LEVELS.indexOf(current)) {
    throw taskViolation(
      'task.escalation_not_higher',
      `Task ${task.taskId} was already escalated to ${current}; escalation only goes up, not back to ${level}.`,
      { taskId: task.taskId, level, currentLevel: current },
    );
  }
  return [
    {
      type: 'TaskEscalated',
      data: definedOnly({
        taskId: task.taskId,
        level,
        dueDate,
        // Working days (best known: an escalation is never refused for an unannounced holiday).
        daysOverdue: vietnamWorkingDays.workingDaysBetweenBestKnown(dueDate, context.today),
        reason: optionalText(data.reason),
      }),
    },
  ];
}
