import type { DecisionContext, LocalDate } from '@giaoviec/kernel';
import { taskViolation } from './task-rules';
import type { AssignedTaskState } from './task.state';

/**
 * Every deadline a task is given — on assignment, by an extension, on reassignment or on
 * reopening — lies between today and the end of its plan's period. A deadline already past
 * would have the task escalated the moment it arrives, and one after the plan's end is owed
 * to a plan that no longer runs. Old plans entered after the fact say so explicitly
 * (`backdated`, assignment only), and the event keeps that mark for the audit trail.
 */
export interface DeadlineBounds {
  readonly taskId: string;
  readonly today: LocalDate;
  /** Null for tasks assigned before plans' ends were recorded on the task. */
  readonly planEndsOn: LocalDate | null;
  /** Entry of a deadline that has already passed, for a plan being recorded after the fact. */
  readonly backdated?: boolean;
}

/** `what` names the deadline for the message, e.g. 'The due date', 'The requested due date'. */
export function requireDeadlineWithinBounds(date: LocalDate, what: string, bounds: DeadlineBounds): void {
  const { taskId, today, planEndsOn, backdated = false } = bounds;
  if (date < today && !backdated) {
    throw taskViolation(
      'task.due_date_in_past',
      `${what} ${date} of task ${taskId} has already passed (today is ${today}); give a date from today on, or mark the entry as backdated when recording an old plan.`,
      { taskId, dueDate: date, today },
    );
  }
  if (planEndsOn !== null && date > planEndsOn) {
    throw taskViolation(
      'task.due_date_after_plan_period',
      `${what} ${date} of task ${taskId} falls after its plan's period, which ends on ${planEndsOn}.`,
      { taskId, dueDate: date, planEndsOn },
    );
  }
}

/** The bounds of a new deadline for a task already assigned: backdating is for assignment only. */
export function boundsOf(task: AssignedTaskState, context: DecisionContext): DeadlineBounds {
  return { taskId: task.taskId, today: context.today, planEndsOn: task.planEndsOn };
}
