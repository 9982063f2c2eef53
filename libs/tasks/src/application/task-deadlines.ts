import type { RecordedEvent } from '@giaoviec/event-store';
import type { LocalDate } from '@giaoviec/kernel';
import type { EventSourcedExecutor } from '@giaoviec/platform';
import {
  isAssigned,
  taskDecider,
  withDeadlineChange,
  type DeadlineHistoryEntry,
  type TaskEvent,
  type TaskState,
} from '../domain';
import { displayNamesOf } from './user-display-names';

export interface TaskDeadlines {
  readonly originalDueDate: LocalDate | null;
  readonly extensionCount: number;
  readonly deadlineHistory: readonly (DeadlineHistoryEntry & { readonly byName: string | null })[];
}

/** The deadline first given and every change of it, folded from the task's own stream. */
export function deadlinesOf(events: readonly RecordedEvent[]): Omit<TaskDeadlines, 'deadlineHistory'> & {
  readonly deadlineHistory: readonly DeadlineHistoryEntry[];
} {
  let state: TaskState = taskDecider.initialState();
  let originalDueDate: LocalDate | null = null;
  let history: readonly DeadlineHistoryEntry[] = [];
  const requestReasons = new Map<string, string>();
  for (const recorded of events) {
    const event = { type: recorded.type, data: recorded.data } as TaskEvent;
    if (event.type === 'TaskAssigned') originalDueDate = event.data.dueDate;
    if (event.type === 'ExtensionRequested') requestReasons.set(event.data.requestId, event.data.reason);
    if (isAssigned(state)) {
      const requestId = event.type === 'ExtensionGranted' ? event.data.requestId : '';
      history = withDeadlineChange(history, state, event, requestReasons.get(requestId) ?? null, {
        by: recorded.metadata.actor,
        at: recorded.metadata.occurredAt ?? recorded.recordedAt.toISOString(),
      });
    }
    state = taskDecider.evolve(state, event);
  }
  return {
    originalDueDate,
    extensionCount: history.filter((change) => change.kind === 'extension').length,
    deadlineHistory: history,
  };
}

/** With the name of whoever decided each change, from their own user stream (a handful at most). */
export async function namedDeadlines(
  events: readonly RecordedEvent[],
  executor: EventSourcedExecutor,
): Promise<TaskDeadlines> {
  const deadlines = deadlinesOf(events);
  const names = await displayNamesOf(
    deadlines.deadlineHistory.map((change) => change.byUserId),
    executor,
  );
  return {
    ...deadlines,
    deadlineHistory: deadlines.deadlineHistory.map((change) => ({
      ...change,
      byName: change.byUserId === null ? null : (names.get(change.byUserId) ?? null),
    })),
  };
}
