import { getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { FixedClock, type Actor, type LocalDate } from '@giaoviec/kernel';
import { CLOCK, PG_POOL, type CommandContext } from '@giaoviec/platform';
import {
  NOTIFIER,
  QUEUES,
  ReminderScheduler,
  SCHEDULING_EVENT_TYPES,
  type DeliveryReport,
  type Notifier,
  type ReminderNotice,
  type RemindersWorkerOptions,
} from '@giaoviec/reminders';
import { dropReadModelSchemas, READ_MODEL_STORE, type ReadModelStore } from '@giaoviec/reporting';
import {
  ExecuteTaskCommand,
  taskStreamId,
  type Recurrence,
  type RecurrencePeriod,
  type TaskAssignedData,
  type TaskCommand,
} from '@giaoviec/tasks';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../../../test/support/test-database-url';
import { eventually } from '../../../../libs/reporting/src/projection/testing/projection-test-world';
import { WorkerModule } from '../worker.module';
import { testAppEnvironment } from '../../../../test/support/test-app-environment';
import {
  STANDING_OFFICE,
  standingOfficeMetadata,
  taskAssignedData,
} from '../../../../test/support/task-assigned';

export { eventually };

export { STANDING_OFFICE };
export const LEAD: Actor = { userId: 'u-lead', agencyId: 'so-xay-dung', role: 'officer' };

/**
 * A fake Notifier that records what it was asked to deliver and can be told to fail.
 * Legitimate here: the notifier (e-mail, in-app, webhook) is not what these tests are about;
 * they test the scheduler, the processor and the reconciliation around it.
 */
export class RecordingNotifier implements Notifier {
  readonly delivered: ReminderNotice[] = [];
  private failures = 0;
  private failing?: string;

  /** The next `times` deliveries about `taskId` fail. */
  failNext(times: number, taskId: string): void {
    this.failures = times;
    this.failing = taskId;
  }

  deliver(notice: ReminderNotice): Promise<DeliveryReport> {
    if (this.failures > 0 && notice.taskId === this.failing) {
      this.failures--;
      return Promise.reject(new Error('SMTP server unreachable'));
    }
    this.delivered.push(notice);
    return Promise.resolve({ channels: ['email', 'in_app'], recipients: ['u-lead-officer', 'u-lead-head'] });
  }

  kinds(taskId?: string): string[] {
    return this.delivered.filter((n) => !taskId || n.taskId === taskId).map((n) => `${n.kind}@${n.dueDate}`);
  }
}

/** The worker (projector, scheduler, processor, reconciliation) on a schema and a BullMQ prefix of its own, with a FixedClock. */
export class RemindersTestWorld {
  readonly schema = `rem_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  readonly prefix = `test-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  readonly clock = new FixedClock(new Date('2026-06-01T03:00:00Z'));
  readonly notifier = new RecordingNotifier();
  app!: TestingModule;
  private commandCount = 0;

  /** `environment` overrides the test's (e.g. REDIS_URL of a private Redis). */
  constructor(private readonly environment: Record<string, string> = {}) {}

  async start(options: RemindersWorkerOptions = {}): Promise<this> {
    const notifier = this.notifier;
    @Module({ providers: [{ provide: NOTIFIER, useValue: notifier }], exports: [NOTIFIER] })
    class RecordingNotifierModule {}

    this.app = await Test.createTestingModule({
      imports: [
        WorkerModule.withConfig(
          {
            ...testAppEnvironment(this.schema),
            ...this.environment,
          },
          {
            queuePrefix: this.prefix,
            reminders: {
              notifierModule: RecordingNotifierModule,
              backoffMs: 50,
              reconcileEveryMs: 0,
              schedulerRetryMs: 50,
              ...options,
            },
          },
        ),
      ],
    })
      .overrideProvider(CLOCK)
      .useValue(this.clock)
      .compile();
    this.app.useLogger(this.app.get(Logger));
    await this.app.init();
    return this;
  }

  get queue(): Queue {
    return this.app.get(getQueueToken(QUEUES.reminders));
  }

  get store(): EventStore {
    return this.app.get(EVENT_STORE);
  }

  /** TaskAssigned straight into the log (assigning needs plans and agencies this test has no use for). */
  async assign(
    dueDate: LocalDate,
    overrides: Partial<TaskAssignedData> = {},
    followedBy: ReadonlyArray<{ type: string; data: object }> = [],
  ): Promise<string> {
    const taskId = overrides.taskId ?? randomUUID();
    const data = taskAssignedData(taskId, dueDate, { leadAgencyId: LEAD.agencyId, ...overrides });
    const commandId = randomUUID();
    const { checkpoint } = await this.store.appendToStream(
      taskStreamId(taskId),
      [
        {
          eventId: randomUUID(),
          type: 'TaskAssigned',
          data,
          metadata: this.standingOfficeMetadata(commandId),
        },
        ...followedBy.map(({ type, data: followerData }) => ({
          eventId: randomUUID(),
          type,
          data: { taskId, ...followerData },
          metadata: this.standingOfficeMetadata(commandId),
        })),
      ],
      0,
    );
    await this.schedulerAt(checkpoint);
    return taskId;
  }

  /** A recurring report assigned as the decider records it: TaskAssigned, then its first period opened. */
  async assignRecurringReport(
    recurrence: Recurrence,
    firstPeriod: RecurrencePeriod,
    firstDueDate: LocalDate,
  ): Promise<string> {
    return this.assign(firstDueDate, { recurrence }, [
      { type: 'RecurringPeriodOpened', data: { period: firstPeriod, dueDate: firstDueDate } },
    ]);
  }

  /** The metadata of an event the standing office's command recorded now. */
  private standingOfficeMetadata(commandId: string) {
    return standingOfficeMetadata(commandId, this.clock.now());
  }

  /** AgencyRegistered straight into the log: the directory names the agency in every notice. */
  async registerAgency(agencyId: string, name: string): Promise<void> {
    const commandId = randomUUID();
    await this.store.appendToStream(
      `agency-${agencyId}`,
      [
        {
          eventId: randomUUID(),
          type: 'AgencyRegistered',
          data: { agencyId, name, kind: 'department' },
          metadata: this.standingOfficeMetadata(commandId),
        },
      ],
      0,
    );
  }

  /** A command through the real command handler, then waits for the scheduler to follow it (if it moves a deadline). */
  async execute(command: Exclude<TaskCommand, { type: 'AssignTask' }>, actor: Actor = STANDING_OFFICE) {
    const commandId = `test-command-${++this.commandCount}-${randomUUID()}`;
    const context: CommandContext = { actor, commandId, correlationId: commandId, causationId: commandId };
    const result = await this.app.get(CommandBus).execute(new ExecuteTaskCommand(command, context));
    const scheduling = result.events.some((e) =>
      (SCHEDULING_EVENT_TYPES as readonly string[]).includes(e.type),
    );
    if (result.position && scheduling) await this.schedulerAt(result.position);
    return result;
  }

  async schedulerAt(position: string): Promise<void> {
    const scheduler = this.app.get(ReminderScheduler);
    await eventually(() => (scheduler.checkpoint ?? '') >= position, `the scheduler to reach ${position}`);
  }

  async readModelsCurrent(): Promise<void> {
    const head = await this.store.headCheckpoint();
    if (head) await this.app.get<ReadModelStore>(READ_MODEL_STORE).waitFor(head, 15_000);
  }

  /** Sets the clock, then fires every delayed job whose instant has come (BullMQ itself waits in real time). */
  async at(instant: string): Promise<void> {
    this.clock.set(new Date(instant));
    const now = this.clock.now().getTime();
    const due = ((await this.queue.getDelayed()) as Job[]).filter(
      (job) => job.name === 'task-reminder' && Date.parse((job.data as { fireAt: string }).fireAt) <= now,
    );
    for (const job of due) await (await this.queue.getJob(job.id!))?.promote();
    const running = (await this.queue.getJobs(['wait', 'active', 'prioritized'])) as Job[];
    await this.finished([...due, ...running].map((job) => job.id!));
  }

  /** Waits until each job is completed or failed for good (a job being retried is 'delayed' meanwhile). */
  async finished(jobIds: readonly string[]): Promise<void> {
    await eventually(async () => {
      for (const id of jobIds) {
        const state = await this.queue.getJobState(id);
        if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return false;
      }
      return true;
    }, 'the reminder jobs to finish');
  }

  /** Ids of the reminder jobs still to fire. */
  async pendingJobIds(taskId?: string): Promise<string[]> {
    const jobs = (await this.queue.getJobs(['delayed', 'wait'])) as Job[];
    return jobs
      .filter((job) => job.name === 'task-reminder' && (!taskId || job.id!.startsWith(`${taskId}|`)))
      .map((job) => job.id!)
      .sort();
  }

  async eventsOf(taskId: string, type: string): Promise<Array<Record<string, unknown>>> {
    const { events } = await this.store.readStream(taskStreamId(taskId));
    return events.filter((e) => e.type === type).map((e) => e.data as Record<string, unknown>);
  }

  async stop(): Promise<void> {
    await this.app.close();
  }

  /** Deletes every Redis key of this test's prefix (never FLUSHALL: other suites share the server). */
  async flushRedisPrefix(): Promise<number> {
    const redis = new Redis(TEST_REDIS_URL);
    let deleted = 0;
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (keys.length > 0) deleted += await redis.del(...keys);
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
    return deleted;
  }

  /** After all: stops the worker, removes its Redis keys, its read models and its schema. */
  async destroy(): Promise<void> {
    if (this.app) {
      const pool = this.app.get<Pool>(PG_POOL);
      await dropReadModelSchemas(pool).catch(() => undefined);
      await this.queue.obliterate({ force: true }).catch(() => undefined);
      await this.app.close();
    }
    await this.flushRedisPrefix();
    const admin = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    await admin.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
    await admin.end();
  }
}
