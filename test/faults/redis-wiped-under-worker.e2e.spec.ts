import { Queue, type Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { PostgresEventStore } from '@giaoviec/event-store';
import { addDays, localDateAt, vietnamWorkingDays, type LocalDate } from '@giaoviec/kernel';
import {
  bullConnection,
  DEFAULT_QUEUE_PREFIX,
  DIGEST_QUEUE,
  DIGEST_SCHEDULER_ID,
  QUEUES,
  RECONCILE_SCHEDULER_ID,
  taskReminderJobId,
} from '@giaoviec/reminders';
import { AS_OF_BUILD_QUEUE, AS_OF_PREBUILD_SCHEDULER_ID } from '@giaoviec/reporting';
import { taskStreamId } from '@giaoviec/tasks';
import { standingOfficeMetadata, taskAssignedData } from '../support/task-assigned';
import { TEST_DATABASE_URL } from '../support/test-database-url';
import { AppProcess } from './support/app-process';
import { waitFor } from './support/free-port';
import { PrivateRedis } from './support/private-redis';

const SCHEDULERS: ReadonlyArray<readonly [queue: string, schedulerId: string]> = [
  [QUEUES.reminders, RECONCILE_SCHEDULER_ID],
  [DIGEST_QUEUE, DIGEST_SCHEDULER_ID],
  [AS_OF_BUILD_QUEUE, AS_OF_PREBUILD_SCHEDULER_ID],
];

/**
 * Fault 5: Redis killed and restarted empty under a running worker (a real process, on a
 * private redis-server and a database of its own on the shared PostgreSQL). The worker is not
 * restarted: its data-loss watch (a timer of the process, every REDIS_DATA_LOSS_CHECK_SECONDS)
 * must put every pending reminder and the job schedulers back, and nothing may be sent twice.
 *
 * The worker runs on the system clock, so the reminders that fire are those due at once:
 * escalations of overdue tasks, and (on a working day, REMINDER_LOCAL_HOUR=0) the 7-day
 * reminder of tasks due a week from today, which the reconciliation plans again after the
 * loss (the read models know no ReminderSent) and the job's re-check must refuse.
 */
describe('fault 5: Redis wiped under a running worker', () => {
  const database = `${new URL(TEST_DATABASE_URL).pathname.slice(1)}_redis_wipe`;
  const databaseUrl = Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${database}` }).toString();
  let redis: PrivateRedis;
  let worker: AppProcess | undefined;
  let store: PostgresEventStore | undefined;
  let pool: Pool | undefined;
  const queues = new Map<string, Queue>();

  const admin = async (sql: string) => {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${database}"`);
  }, 60_000);

  afterAll(async () => {
    await worker?.stop();
    await Promise.all([...queues.values()].map((queue) => queue.close().catch(() => undefined)));
    await store?.close();
    await pool?.end();
    await redis?.stop();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }, 60_000);

  const queue = (name: string): Queue => {
    let found = queues.get(name);
    if (!found) {
      found = new Queue(name, { connection: bullConnection(redis.url), prefix: DEFAULT_QUEUE_PREFIX });
      found.on('error', () => undefined); // refused while Redis is down on purpose
      queues.set(name, found);
    }
    return found;
  };
  const delayedReminders = async (): Promise<string[]> =>
    ((await queue(QUEUES.reminders).getJobs(['delayed'])) as Job[])
      .filter((job) => job.name === 'task-reminder')
      .map((job) => job.id!)
      .sort();
  const reminderJobsToRun = async (): Promise<number> =>
    ((await queue(QUEUES.reminders).getJobs(['wait', 'active', 'prioritized'])) as Job[]).filter(
      (job) => job.name === 'task-reminder',
    ).length;
  const schedulersInRedis = async (): Promise<number> => {
    let present = 0;
    for (const [name, id] of SCHEDULERS) if (await queue(name).getJobScheduler(id)) present += 1;
    return present;
  };
  /** Every ReminderSent of the log, as `taskId|kind|dueDate`, once per event. */
  const remindersRecorded = async (): Promise<string[]> => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ data: { taskId: string; kind: string; dueDate: LocalDate } }>(
        `SELECT data FROM es_events WHERE event_type = 'ReminderSent' ORDER BY global_position`,
      );
      return rows.map(({ data }) => taskReminderJobId(data.taskId, data.kind, data.dueDate));
    } finally {
      await client.end();
    }
  };

  /** TaskAssigned straight into the log, as the standing office's command records it. */
  const assign = async (dueDate: LocalDate, today: LocalDate): Promise<string> => {
    const taskId = randomUUID();
    const commandId = randomUUID();
    const data = taskAssignedData(taskId, dueDate, {
      planId: 'plan-fault-5',
      code: 'V.5',
      title: 'Khôi phục nhắc việc sau sự cố Redis',
      assignedOn: today,
    });
    await store!.appendToStream(
      taskStreamId(taskId),
      [
        {
          eventId: randomUUID(),
          type: 'TaskAssigned',
          data,
          metadata: standingOfficeMetadata(commandId, new Date()),
        },
      ],
      0,
    );
    return taskId;
  };

  it('every pending reminder is back within the check interval, and each reminder is recorded once', async () => {
    worker = await AppProcess.worker({
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      EVENT_STORE: 'postgres',
      REMINDER_LOCAL_HOUR: '0',
      ESCALATE_TO_STANDING_OFFICE_AFTER_DAYS: '3',
      ESCALATE_TO_STEERING_COMMITTEE_AFTER_DAYS: '60',
      REDIS_DATA_LOSS_CHECK_SECONDS: '2',
      REMINDER_RECONCILE_EVERY_SECONDS: '3600',
    });
    pool = new Pool({ connectionString: databaseUrl, max: 4 });
    // pool.end() resolves before its sockets close; the DROP DATABASE … FORCE after it may end one.
    pool.on('error', () => undefined);
    store = new PostgresEventStore(pool);
    const today = localDateAt(new Date());

    // Pending: far deadlines (7-day, 1-day, on the day, two escalations: all ahead).
    const far = await Promise.all(
      Array.from({ length: 12 }, (_, i) => assign(addDays(today, 40 + i), today)),
    );
    // Due at once: 30 days overdue, escalated to the standing office now, the Steering Committee later.
    const overdue = await Promise.all(Array.from({ length: 4 }, () => assign(addDays(today, -30), today)));
    // Due at once on a working day: the 7-day reminder of a task due a week from today.
    const inAWeek = vietnamWorkingDays.isWorkingDay(today)
      ? await Promise.all(Array.from({ length: 4 }, () => assign(addDays(today, 7), today)))
      : [];
    const sentBefore = overdue.length + inAWeek.length;
    const expectedPending = far.length * 5 + overdue.length + inAWeek.length * 4;
    await waitFor(
      'the reminders to be scheduled and the due ones recorded',
      async () =>
        (await delayedReminders()).length === expectedPending &&
        (await remindersRecorded()).length === sentBefore &&
        (await reminderJobsToRun()) === 0
          ? true
          : undefined,
      { timeoutMs: 60_000, everyMs: 250 },
    );
    const pending = await delayedReminders();
    expect(await schedulersInRedis()).toBe(SCHEDULERS.length);

    await redis.kill();
    // Accepted while Redis is down: the scheduler follows the log again once it is back.
    const duringOutage = await Promise.all(
      Array.from({ length: 3 }, () => assign(addDays(today, -30), today)),
    );
    await redis.restart();
    const emptyAt = Date.now();
    expect(worker.running).toBe(true);

    await waitFor(
      'every pending reminder back in Redis',
      async () => {
        const back = new Set(await delayedReminders());
        return pending.every((id) => back.has(id)) ? true : undefined;
      },
      { timeoutMs: 30_000, everyMs: 100 },
    );
    const seconds = (Date.now() - emptyAt) / 1000;
    await waitFor(
      'the job schedulers back',
      async () => ((await schedulersInRedis()) === SCHEDULERS.length ? true : undefined),
      { timeoutMs: 30_000 },
    );

    // Let the due ones fire: those of the outage, and the 7-day ones planned again.
    const sentInTotal = sentBefore + duringOutage.length;
    await waitFor(
      'the due reminders to run',
      async () =>
        (await remindersRecorded()).length >= sentInTotal && (await reminderJobsToRun()) === 0
          ? true
          : undefined,
      { timeoutMs: 30_000, everyMs: 250 },
    );
    for (const taskId of inAWeek) {
      const job = await queue(QUEUES.reminders).getJob(
        taskReminderJobId(taskId, 'before_due_7d', addDays(today, 7)),
      );
      expect(job?.returnvalue).toEqual({ sent: false, skipped: 'already_sent' });
    }
    const recorded = await remindersRecorded();
    const doubled = recorded.length - new Set(recorded).size;
    const back = new Set(await delayedReminders());
    const lost = pending.filter((id) => !back.has(id)).length;
    expect(doubled).toBe(0);
    expect(lost).toBe(0);
    expect(recorded).toHaveLength(sentInTotal);
    expect(worker.starts).toBe(1);
    console.log(
      `${pending.length} pending reminders: ${pending.length - lost} back after ${seconds.toFixed(1)}s, ${lost} lost, ${doubled} doubled ` +
        `(${SCHEDULERS.length} job schedulers back; ${recorded.length} reminders recorded once each: ${sentBefore} before the wipe, ` +
        `${duringOutage.length} accepted during it, ${inAWeek.length} planned again and refused as already sent; worker started once)`,
    );
  }, 90_000);
});
