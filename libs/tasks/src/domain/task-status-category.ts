import { isOverdue, type LocalDate } from '@giaoviec/kernel';
import type { AssignedTaskStatus } from './task.state';

/**
 * The categories Vietnamese government progress reports count tasks in:
 * - not_acknowledged: chưa tiếp nhận;
 * - in_progress_on_time / in_progress_overdue: đang thực hiện trong hạn / quá hạn;
 * - completed_on_time / completed_late: hoàn thành đúng hạn / quá hạn;
 * - cancelled: dropped from the plan, counted apart.
 */
export const TASK_STATUS_CATEGORIES = [
  'not_acknowledged',
  'in_progress_on_time',
  'in_progress_overdue',
  'completed_on_time',
  'completed_late',
  'cancelled',
] as const;
export type TaskStatusCategory = (typeof TASK_STATUS_CATEGORIES)[number];

/** The facts the category depends on: the decider's state, or a read-model row holding them. */
export interface CategorizableTask {
  readonly status: AssignedTaskStatus;
  readonly dueDate: LocalDate | null;
  readonly completedOn: LocalDate | null;
  /** The deadline in force at completion; falls back to `dueDate` when absent. */
  readonly dueDateAtCompletion?: LocalDate | null;
}

/**
 * - A completion awaiting review counts as completed: the agency did its part on that day.
 * - Completed on time when completedOn <= the deadline in force at completion; a task
 *   without a deadline is always on time.
 * - An unacknowledged task is "not acknowledged" even once overdue; use `isTaskOverdue`
 *   for the overdue filter, which covers both.
 */
export function taskStatusCategory(task: CategorizableTask, today: LocalDate): TaskStatusCategory {
  switch (task.status) {
    case 'cancelled':
      return 'cancelled';
    case 'completed':
    case 'accepted': {
      const deadline = task.dueDateAtCompletion ?? task.dueDate;
      const completedOn = task.completedOn ?? today;
      return deadline === null || completedOn <= deadline ? 'completed_on_time' : 'completed_late';
    }
    case 'assigned':
      return 'not_acknowledged';
    case 'in_progress':
      return isTaskOverdue(task, today) ? 'in_progress_overdue' : 'in_progress_on_time';
  }
}

/** Still owed work (assigned or in progress) and past its due date: due on a date, overdue from the next day. */
export function isTaskOverdue(
  task: Pick<CategorizableTask, 'status' | 'dueDate'>,
  today: LocalDate,
): boolean {
  const owesWork = task.status === 'assigned' || task.status === 'in_progress';
  return owesWork && task.dueDate !== null && isOverdue(task.dueDate, today);
}
