import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type GlobalCheckpoint } from '@giaoviec/event-store';
import {
  TASK_EVENT_TYPES,
  isAssigned,
  isOpenStatus,
  taskDecider,
  type MergeableTask,
  type TaskEvent,
  type TaskState,
} from '../domain';

/**
 * The open tasks some agencies lead or coordinate, found by folding every task stream of the log.
 * A merger of communes is rare (a reorganisation), so a full scan is acceptable there;
 * the task read model of the projector (issue 4) is the index to use once it exists.
 */
@Injectable()
export class OpenTasksOfAgencies {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async find(agencyIds: readonly string[]): Promise<MergeableTask[]> {
    const wanted = new Set(agencyIds);
    const states = new Map<string, TaskState>();
    let after: GlobalCheckpoint | undefined;
    for (;;) {
      const { events, nextCheckpoint } = await this.store.readAll({
        after,
        maxCount: 5000,
        filter: { streamPrefixes: ['task-'], eventTypes: TASK_EVENT_TYPES },
      });
      for (const event of events) {
        const previous = states.get(event.streamId) ?? taskDecider.initialState();
        states.set(
          event.streamId,
          taskDecider.evolve(previous, { type: event.type, data: event.data } as TaskEvent),
        );
      }
      if (events.length === 0 && (nextCheckpoint === undefined || nextCheckpoint === after)) break;
      after = nextCheckpoint;
    }
    return [...states.values()]
      .filter(isAssigned)
      .filter(
        (task) =>
          isOpenStatus(task.status) &&
          (wanted.has(task.leadAgencyId) || task.coordinatingAgencyIds.some((id) => wanted.has(id))),
      )
      .map(({ taskId, status, leadAgencyId, coordinatingAgencyIds, groupId, lastPercentComplete }) => ({
        taskId,
        status,
        leadAgencyId,
        coordinatingAgencyIds,
        groupId,
        lastPercentComplete,
      }));
  }
}
