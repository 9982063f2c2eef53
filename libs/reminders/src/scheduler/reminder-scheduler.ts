import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import {
  EVENT_STORE,
  type EventStore,
  type GlobalCheckpoint,
  type RecordedEvent,
  type Subscription,
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
import { compareAndSetSchedulerCheckpoint, readSchedulerCheckpoint } from './scheduler-checkpoint';

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

class CheckpointMoved extends Error {
  constructor() {
    super('Another scheduler moved the reminder checkpoint first');
  }
}

/**
 * The reminder scheduler: follows the global log from its own checkpoint and keeps the
 * BullMQ delayed jobs in step with each task's deadline. For each event it folds the task's
 * stream up to that event (so replaying the log decides the same) and compares the deadline
 * chased before and after it: a deadline no longer chased (completed, accepted, cancelled,
 * extended) loses its jobs; the deadline chased now gets the jobs the policy plans (ids are
 * fixed, so existing ones are left as they are).
 *
 * Each batch is one PostgreSQL transaction: the checkpoint moves first by compare-and-set,
 * which locks it (a second worker waits, then finds it moved and resubscribes), then Redis
 * is updated, then COMMIT. A failure rolls back and the batch is read again; every Redis
 * step is idempotent, so repeating it is harmless.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderScheduler.name);
  private stopping = false;
  private running?: Promise<void>;
  private subscription?: Subscription;
  private position?: GlobalCheckpoint;
  private failuresInARow = 0;
  private wake?: () => void;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REMINDERS_WORKER_OPTIONS) private readonly options: RemindersWorkerOptions,
    private readonly reminders: ReminderQueue,
  ) {}

  /** The last checkpoint stored (or found stored) by this scheduler. */
  get checkpoint(): GlobalCheckpoint | undefined {
    return this.position;
  }

  onApplicationBootstrap(): void {
    this.running = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.subscription?.stop();
    await this.running;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.follow();
      } catch (error) {
        if (this.stopping) break;
        if (error instanceof CheckpointMoved) continue;
        this.failuresInARow++;
        const delay = Math.min(5000, (this.options.schedulerRetryMs ?? 200) * 2 ** (this.failuresInARow - 1));
        this.logger.error(
          { err: error, failuresInARow: this.failuresInARow, retryInMs: delay },
          `Reminder scheduling failed, rolled back; retrying from the stored checkpoint: ${String(error)}`,
        );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  private async follow(): Promise<void> {
    let expected = await readSchedulerCheckpoint(this.pool, CHECKPOINT_NAME);
    this.position = expected;
    if (this.stopping) return;
    const subscription = this.store.subscribeToAll(
      {
        after: expected,
        filter: { streamPrefixes: [`${TASK_STREAM_CATEGORY}-`], eventTypes: SCHEDULING_EVENT_TYPES },
        batchSize: 100,
      },
      async (events, nextCheckpoint) => {
        if (this.stopping) throw new CheckpointMoved();
        await this.inTransaction(async (client) => {
          if (!(await compareAndSetSchedulerCheckpoint(client, CHECKPOINT_NAME, expected, nextCheckpoint))) {
            throw new CheckpointMoved();
          }
          await this.apply(events);
        });
        expected = nextCheckpoint;
        this.position = nextCheckpoint;
        this.failuresInARow = 0;
      },
    );
    this.subscription = subscription;
    try {
      await subscription.done;
    } finally {
      await subscription.stop();
    }
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

  private async inTransaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      const broken = await client.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      client.release(broken);
      throw error;
    }
  }
}

function fold(events: readonly TaskEvent[]): TaskState {
  return events.reduce((state, event) => taskDecider.evolve(state, event), taskDecider.initialState());
}
