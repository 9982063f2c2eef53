import { localDateAt, type LocalDate } from '@giaoviec/kernel';
import type { TaskEvent } from './task.events';
import type { AssignedTaskState } from './task.state';

/**
 * A task is judged against two deadlines: the one in force (moved by every approved
 * extension, a reassignment or a reopening that names a new one) and the one it was first
 * given. The changes in between are its deadline history. A recurring report's next period
 * is not a change of deadline: each period has its own.
 */
export const DEADLINE_CHANGE_KINDS = ['extension', 'reassignment', 'reopening'] as const;
export type DeadlineChangeKind = (typeof DEADLINE_CHANGE_KINDS)[number];

export interface DeadlineChange {
  readonly kind: DeadlineChangeKind;
  readonly from: LocalDate | null;
  readonly to: LocalDate;
  /** Why: the reason the extension was asked for, or the reassignment's or the reopening's. */
  readonly reason: string | null;
  /** The reviewer's note on granting an extension. */
  readonly note: string | null;
}

/**
 * The change of deadline `event` makes to a task in state `before`, or null. An extension's
 * reason is its request's, which the caller remembers (the state keeps only the request id).
 */
export function deadlineChangeOf(
  before: AssignedTaskState,
  event: TaskEvent,
  requestReason: string | null,
): DeadlineChange | null {
  switch (event.type) {
    case 'ExtensionGranted':
      return {
        kind: 'extension',
        from: event.data.previousDueDate,
        to: event.data.newDueDate,
        reason: requestReason,
        note: event.data.note ?? null,
      };
    case 'TaskReassigned':
    case 'TaskReopened': {
      const to = event.data.newDueDate;
      if (to === undefined || to === before.dueDate) return null;
      const kind = event.type === 'TaskReassigned' ? 'reassignment' : 'reopening';
      return { kind, from: before.dueDate, to, reason: event.data.reason, note: null };
    }
    default:
      return null;
  }
}

/** A change of deadline with who decided it and when. */
export interface DeadlineHistoryEntry extends DeadlineChange {
  readonly byUserId: string | null;
  readonly byAgencyId: string | null;
  /** When it was decided (the event's time). */
  readonly at: string;
  /** That day in Huế. */
  readonly on: LocalDate;
}

/** `history` with the change `event` makes appended, if it makes one. */
export function withDeadlineChange(
  history: readonly DeadlineHistoryEntry[],
  before: AssignedTaskState,
  event: TaskEvent,
  requestReason: string | null,
  decided: { readonly by?: { readonly userId: string; readonly agencyId: string }; readonly at: string },
): readonly DeadlineHistoryEntry[] {
  const change = deadlineChangeOf(before, event, requestReason);
  if (change === null) return history;
  const entry: DeadlineHistoryEntry = {
    ...change,
    byUserId: decided.by?.userId ?? null,
    byAgencyId: decided.by?.agencyId ?? null,
    at: decided.at,
    on: localDateAt(new Date(decided.at)),
  };
  return [...history, entry];
}

export interface CompletionJudgement {
  /** Against the deadline in force at completion. */
  readonly onTime: boolean;
  /** Against the deadline first given; a recurring report is judged per period, so as `onTime`. */
  readonly onTimeAgainstOriginal: boolean;
}

/** How a completed (or accepted) task is judged; null while it is not completed. */
export function judgeCompletion(
  state: Pick<AssignedTaskState, 'completedOn' | 'dueDateAtCompletion' | 'dueDate' | 'recurrence'>,
  originalDueDate: LocalDate | null,
): CompletionJudgement | null {
  const { completedOn } = state;
  if (completedOn === null) return null;
  const onTimeAgainst = (deadline: LocalDate | null) => deadline === null || completedOn <= deadline;
  // As taskStatusCategory does, so the two never disagree.
  const onTime = onTimeAgainst(state.dueDateAtCompletion ?? state.dueDate);
  return {
    onTime,
    onTimeAgainstOriginal: state.recurrence !== null ? onTime : onTimeAgainst(originalDueDate),
  };
}
