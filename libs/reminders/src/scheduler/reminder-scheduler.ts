import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import {
  EVENT_STORE,
  type EventStore,
  type GlobalCheckpoint,
  type RecordedEvent,
} from '@giaoviec/event-store';
import type { Clock } from '@giaoviec/kernel';
import { CLOCK, PG_POOL, toDomainEvent } from '@giaoviec/platform';
import {
  isAssigned,
  taskDecider,
  TASK_STREAM_CATEGORY,
  type TaskEvent,
  type TaskEventType,
  type TaskState,
} from '@giaoviec/tasks';
import { chasedDueDate, planReminders } from '../policy/reminder-policy';
import { ReminderQueue } from '../queues/reminder-queue';
import { REMINDERS_WORKER_OPTIONS, type RemindersWorkerOptions } from '../reminders-worker.options';
import { CheckpointedFollower } from './checkpointed-follower';

/** The events that can start, move or end the chasing of a deadline. */
export const SCHEDULING_EVENT_TYPES = [
  'TaskAssigned',
  'ExtensionGranted',
  'TaskReassigned',
  'TaskCompleted',
  'CompletionAccepted',
  'CompletionReturned',
  'TaskCancelled',
  'TaskReopened',
  // A recurring report: the period reported stops being chased, the next one starts.
  'PeriodicReportSubmitted',
  'RecurringPeriodOpened',
] as const satisfies readonly TaskEventType[];

const CHECKPOINT_NAME = 'task-reminders';

/**
 * The reminder scheduler: follows the global log from its own checkpoint and keeps the
 * BullMQ delayed jobs in step with each task's deadline. For each event it folds the task's
 * stream up to that event (so replaying the log decides the same) and compares the deadline
 * chased before and after it: a deadline no longer chased (completed, accepted, cancelled,
 * extended) loses its jobs; the deadline chased now gets the jobs the policy plans (ids are
 * fixed, so existing ones are left as they are).
 *
 * Each batch is one PostgreSQL transaction (CheckpointedFollower): the checkpoint moves
 * first, then Redis is updated, then COMMIT. A failure rolls back and the batch is read
 * again; every Redis step is idempotent, so repeating it is harmless.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly follower: CheckpointedFollower;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REMINDERS_WORKER_OPTIONS) options: RemindersWorkerOptions,
    private readonly reminders: ReminderQueue,
  ) {
    this.follower = new CheckpointedFollower(store, pool, {
      name: CHECKPOINT_NAME,
      filter: { streamPrefixes: [`${TASK_STREAM_CATEGORY}-`], eventTypes: SCHEDULING_EVENT_TYPES },
      batchSize: 100,
      retryMs: options.schedulerRetryMs ?? 200,
      apply: (events) => this.apply(events),
      logger: new Logger(ReminderScheduler.name),
    });
  }

  /** The last checkpoint stored (or found stored) by this scheduler. */
  get checkpoint(): GlobalCheckpoint | undefined {
    return this.follower.checkpoint;
  }

  onApplicationBootstrap(): void {
    this.follower.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.follower.stop();
  }

  /** Brings the jobs in step with each event, in log order. */
  private async apply(events: readonly RecordedEvent[]): Promise<void> {
    const histories = new Map<string, TaskEvent[]>();
    for (const event of events) {
      let history = histories.get(event.streamId);
      if (!history) {
        history = (await this.store.readStream(event.streamId)).events.map((e) =>
          toDomainEvent<TaskEvent>(e),
        );
        histories.set(event.streamId, history);
      }
      const before = fold(history.slice(0, event.streamVersion - 1));
      const after = taskDecider.evolve(before, history[event.streamVersion - 1]);
      await this.bringInStep(before, after);
    }
  }

  private async bringInStep(before: TaskState, after: TaskState): Promise<void> {
    if (!isAssigned(after)) return;
    const was = isAssigned(before) ? chasedDueDate(before) : null;
    const now = chasedDueDate(after);
    if (was !== null && was !== now) await this.reminders.removeAll(after.taskId, was);
    if (now !== null) {
      await this.reminders.ensure(
        after.taskId,
        planReminders(after, this.config.reminders, this.clock.now()),
      );
    }
  }
}

function fold(events: readonly TaskEvent[]): TaskState {
  return events.reduce((state, event) => taskDecider.evolve(state, event), taskDecider.initialState());
}
