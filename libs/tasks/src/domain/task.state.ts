import type { LocalDate } from '@giaoviec/kernel';
import type { EscalationLevel } from './task.events';
import type { Recurrence } from './recurrence';
import type { RecurrencePeriod } from './recurrence-period';
import type { TaskSource } from './task-source';
import type { CoordinatorPart } from './coordination-state';

/**
 * - `assigned`: given to the lead agency, not acknowledged yet (chưa tiếp nhận);
 * - `in_progress`: acknowledged and being worked on;
 * - `completed`: the lead agency closed it with a result, awaiting the standing office's review;
 * - `accepted`, `cancelled`: closed; only ReopenTask applies.
 */
export const TASK_STATUSES = [
  'not_assigned',
  'assigned',
  'in_progress',
  'completed',
  'accepted',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type AssignedTaskStatus = Exclude<TaskStatus, 'not_assigned'>;

/** Statuses in which the task still has work or a review ahead of it. */
export const OPEN_TASK_STATUSES = [
  'assigned',
  'in_progress',
  'completed',
] as const satisfies readonly AssignedTaskStatus[];
export const CLOSED_TASK_STATUSES = [
  'accepted',
  'cancelled',
] as const satisfies readonly AssignedTaskStatus[];

export function isOpenStatus(status: TaskStatus): boolean {
  return (OPEN_TASK_STATUSES as readonly TaskStatus[]).includes(status);
}

export function isClosedStatus(status: TaskStatus): boolean {
  return (CLOSED_TASK_STATUSES as readonly TaskStatus[]).includes(status);
}

export interface PendingExtension {
  readonly requestId: string;
  readonly requestedDueDate: LocalDate;
}

/** One period of a recurring report, as it was reported. */
export interface PeriodReport {
  readonly periodKey: string;
  readonly dueDate: LocalDate;
  readonly reportedOn: LocalDate;
  readonly onTime: boolean;
}

/** The stream holds nothing yet. */
export interface UnassignedTaskState {
  readonly status: 'not_assigned';
}

/** What the rules need to know, folded from the task's history. */
export interface AssignedTaskState {
  readonly status: AssignedTaskStatus;
  readonly taskId: string;
  readonly planId: string;
  readonly code: string | null;
  readonly title: string;
  readonly groupId: string | null;
  readonly leadAgencyId: string;
  readonly coordinatingAgencyIds: readonly string[];
  /** Each coordinating agency's part, in the order of coordinatingAgencyIds. */
  readonly coordinators: readonly CoordinatorPart[];
  /** For a recurring report, the deadline of the period in hand; null once its recurrence ended. */
  readonly dueDate: LocalDate | null;
  readonly recurrence: Recurrence | null;
  /** The period whose report is owed now; null for a task that does not recur, or once its recurrence ended. */
  readonly periodInHand: RecurrencePeriod | null;
  /** Every period reported, oldest first. */
  readonly periodReports: readonly PeriodReport[];
  readonly recurrenceEnded: boolean;
  readonly dueDateIsPeriodEnd: boolean;
  readonly assignedOn: LocalDate;
  /** The end of the plan's period; null for tasks assigned before it was recorded on the task. */
  readonly planEndsOn: LocalDate | null;
  /** Whether the current lead agency acknowledged the task; a reassignment clears it. */
  readonly acknowledged: boolean;
  readonly pendingExtension: PendingExtension | null;
  /** Every extension request id this task has seen, pending or decided. */
  readonly extensionRequestIds: readonly string[];
  /** The highest level reached for the current deadline; a new deadline starts again from none. */
  readonly escalationLevel: EscalationLevel | null;
  /** `reminderKey(kind, dueDate)` of every reminder recorded. */
  readonly remindersSent: readonly string[];
  /** Set while completed or accepted. */
  readonly completedOn: LocalDate | null;
  /** The deadline in force at completion. */
  readonly dueDateAtCompletion: LocalDate | null;
  readonly lastProgressOn: LocalDate | null;
  readonly lastPercentComplete: number | null;
  /** Null for tasks assigned before the source was recorded. */
  readonly source: TaskSource | null;
}

export type TaskState = UnassignedTaskState | AssignedTaskState;

export const initialTaskState = (): TaskState => ({ status: 'not_assigned' });

export function isAssigned(state: TaskState): state is AssignedTaskState {
  return state.status !== 'not_assigned';
}

/** A reminder is identified by what it was about: its kind and the deadline it concerned. */
export function reminderKey(kind: string, dueDate: LocalDate): string {
  return `${kind}@${dueDate}`;
}
