/**
 * Issue 7, part 4: 100,000 reminders. Scheduled through the scheduler's own path
 * (policy -> ReminderQueue.ensure -> BullMQ) on a queue of its own prefix, then run by a
 * real BullMQ worker as they all come due at one instant, as a day's reminders do at 08:00
 * in Huế. Baselines: the raw Redis writes of a delayed job, and Node timers.
 */
import { randomBytes } from 'node:crypto';
import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { loadAppConfig, type AppConfig } from '@giaoviec/config';
import { addDays } from '@giaoviec/kernel';
import {
  bullConnection,
  planReminders,
  QUEUES,
  ReminderQueue,
  reminderJobOptions,
} from '@giaoviec/reminders';
import { benchSetting } from './database';
import { runClosedLoop } from './measure';
import type { Figure } from './report';
import { startBurstWorker, type BurstRun } from './reminders-dispatch';
import { forEachInFlight } from './reminders-in-flight';
import { summariseLateness, timerLateness, type Lateness } from './reminders-lateness';
import {
  BURST_DATE,
  BurstClock,
  burstTasks,
  morningReminder,
  type BurstTask,
} from './reminders-morning-burst';
import { writeRawDelayedJobs, type TaskReminders } from './reminders-raw-delayed-writes';
import { deleteKeys, keysMemory, usedMemory } from './reminders-redis-memory';

const REMINDERS = 100_000;
const TASKS_IN_FLIGHT = 64;
/**
 * The burst comes due when scheduling should be over (the warm-up's rate, with slack for a
 * slower run) plus a margin, so the worker is up first; an overrun fails the run.
 */
const BURST_SLACK = 1.5;
const BURST_MARGIN_MS = 4_000;
/** The worker must be waiting at least this long before the burst. */
const MIN_HEADROOM_MS = 500;
const TIMER_LEAD_MS = 2_000;
const RUN_TIMEOUT_MS = 300_000;
const MIB = 1024 * 1024;

function benchConfig(): AppConfig {
  return loadAppConfig({
    NODE_ENV: 'test',
    REDIS_URL: benchSetting('REDIS_URL', 'redis://127.0.0.1:6379'),
    LOG_LEVEL: 'silent',
  });
}

function reminderQueue(name: string, connection: ConnectionOptions, prefix: string): Queue {
  return new Queue(name, { connection, prefix, defaultJobOptions: reminderJobOptions() });
}

/**
 * Warms the scheduling path (scripts loaded, code compiled) on a queue of its own, with whole
 * plans of tasks due a month after the burst, and returns the reminders/s it reached: how
 * long the real run will take, to place the burst just after it.
 */
async function warmUp(
  config: AppConfig,
  connection: ConnectionOptions,
  prefix: string,
  durationMs: number,
): Promise<number> {
  const queue = reminderQueue(`${QUEUES.reminders}-warmup`, connection, prefix);
  try {
    const clock = new BurstClock(config.reminders, Date.now() + 3_600_000);
    const reminders = new ReminderQueue(queue, clock, config);
    const tasks = burstTasks(TASKS_IN_FLIGHT, config.reminders).map((task) => ({
      ...task,
      dueDate: addDays(BURST_DATE, 30),
      escalationLevel: undefined,
    }));
    const perTask = planReminders(tasks[0], config.reminders, clock.now()).length;
    const result = await runClosedLoop({
      concurrency: TASKS_IN_FLIGHT,
      durationMs,
      weight: perTask,
      operation: async (worker, iteration) => {
        const task = { ...tasks[worker], taskId: `${tasks[worker].taskId}-${iteration}` };
        await reminders.ensure(task.taskId, planReminders(task, config.reminders, clock.now()));
      },
    });
    return result.perSecond;
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

interface Written {
  readonly seconds: number;
  /** Growth of used_memory while writing. */
  readonly usedMemoryBytes: number;
  /** MEMORY USAGE of the keys written, and how many. */
  readonly keys: { bytes: number; keys: number };
}

async function rawBaseline(
  redis: Redis,
  rawPrefix: string,
  plans: readonly TaskReminders[],
): Promise<Written> {
  const before = await usedMemory(redis);
  const seconds = await writeRawDelayedJobs(redis, rawPrefix, plans, TASKS_IN_FLIGHT, (reminder) =>
    reminder.fireAt.getTime(),
  );
  const usedMemoryBytes = (await usedMemory(redis)) - before;
  const keys = await keysMemory(redis, rawPrefix);
  await deleteKeys(redis, rawPrefix);
  return { seconds, usedMemoryBytes, keys };
}

function overran(clock: BurstClock): Error {
  const dueInMs = Math.round(clock.burstAtMs - Date.now());
  return new Error(
    `reminders: the burst is due in ${dueInMs} ms and scheduling or the worker is not ready yet` +
      ' (the machine got slower than the warm-up said); rerun',
  );
}

/** The scheduler's work for each task brought in step: plan at its clock's now, then ensure. */
async function schedule(
  reminders: ReminderQueue,
  clock: BurstClock,
  config: AppConfig,
  tasks: readonly BurstTask[],
): Promise<number> {
  let added = 0;
  const seconds = await forEachInFlight(tasks, TASKS_IN_FLIGHT, async (task) => {
    if (Date.now() > clock.burstAtMs - MIN_HEADROOM_MS) throw overran(clock);
    const ids = await reminders.ensure(task.taskId, [morningReminder(task, config.reminders, clock.now())]);
    added += ids.length;
  });
  const delayed = await reminders.queue.getDelayedCount();
  if (added !== tasks.length || delayed !== tasks.length) {
    throw new Error(`scheduled ${added} reminders, ${delayed} delayed in Redis, expected ${tasks.length}`);
  }
  return seconds;
}

function figures(scheduled: Written, raw: Written, burst: Lateness, timers: Lateness): Figure[] {
  const count = REMINDERS.toLocaleString('en');
  return [
    {
      name: `reminders: schedule ${count} (1 per task, all due 08:00), ${TASKS_IN_FLIGHT} tasks in flight`,
      value: scheduled.seconds,
      baseline: raw.seconds,
      unit: 's',
    },
    {
      name: 'reminders scheduled/s',
      value: REMINDERS / scheduled.seconds,
      baseline: REMINDERS / raw.seconds,
      unit: '/s',
    },
    {
      name: 'reminders: Redis used_memory per reminder',
      value: scheduled.usedMemoryBytes / REMINDERS,
      baseline: raw.usedMemoryBytes / REMINDERS,
      unit: 'B',
    },
    {
      name: `reminders: Redis used_memory, ${count}`,
      value: scheduled.usedMemoryBytes / MIB,
      baseline: raw.usedMemoryBytes / MIB,
      unit: 'MiB',
    },
    {
      name: 'reminders: MEMORY USAGE of own keys per reminder',
      value: scheduled.keys.bytes / REMINDERS,
      baseline: raw.keys.bytes / REMINDERS,
      unit: 'B',
    },
    // Lateness of a job = when the worker started it - when it was due: promotion + dispatch only.
    { name: 'reminder lateness p50 (no-op handler)', value: burst.p50Ms, baseline: timers.p50Ms, unit: 'ms' },
    { name: 'reminder lateness p99 (no-op handler)', value: burst.p99Ms, baseline: timers.p99Ms, unit: 'ms' },
    {
      name: 'reminder lateness max = last ran after due',
      value: burst.maxMs,
      baseline: timers.maxMs,
      unit: 'ms',
    },
    { name: 'reminders run/s in the burst', value: burst.perSecond, baseline: timers.perSecond, unit: '/s' },
  ];
}

/**
 * Baselines: the raw HSET + ZADD of the same payloads at the same concurrency (time, memory);
 * Node timers set for one instant (lateness). `full` lengthens the warm-up only: the count is
 * the 100,000.
 */
export async function reminderFigures(options: {
  full: boolean;
  log: (message: string) => void;
}): Promise<Figure[]> {
  const { log } = options;
  const config = benchConfig();
  const connection = bullConnection(config.redis.url);
  const prefix = `bench-${randomBytes(6).toString('hex')}`;
  const redis = new Redis(connection);
  let queue: Queue | undefined;
  let run: BurstRun | undefined;
  const memoryAtStart = await usedMemory(redis);
  try {
    log(`reminders: warming up the scheduling path (prefix ${prefix})…`);
    const warmRate = await warmUp(config, connection, prefix, options.full ? 10_000 : 2_000);

    const tasks = burstTasks(REMINDERS, config.reminders);
    const planningNow = new BurstClock(config.reminders, Date.now() + 3_600_000).now();
    const plans = tasks.map((task) => ({
      taskId: task.taskId,
      plan: [morningReminder(task, config.reminders, planningNow)],
    }));
    log(`reminders: raw HSET + ZADD baseline, ${REMINDERS.toLocaleString('en')} delayed jobs…`);
    const raw = await rawBaseline(redis, `${prefix}-raw:`, plans);

    const burstAtMs = Date.now() + BURST_SLACK * (REMINDERS / warmRate) * 1000 + BURST_MARGIN_MS;
    const clock = new BurstClock(config.reminders, burstAtMs);
    queue = reminderQueue(QUEUES.reminders, connection, prefix);
    log(
      `reminders: scheduling through ReminderQueue.ensure (warm-up ${Math.round(warmRate)}/s), all due in ${((burstAtMs - Date.now()) / 1000).toFixed(0)} s…`,
    );
    const memoryBefore = await usedMemory(redis);
    const seconds = await schedule(new ReminderQueue(queue, clock, config), clock, config, tasks);
    const scheduled: Written = {
      seconds,
      usedMemoryBytes: (await usedMemory(redis)) - memoryBefore,
      keys: await keysMemory(redis, `${prefix}:${QUEUES.reminders}:`),
    };

    run = startBurstWorker({
      connection,
      prefix,
      expected: REMINDERS,
      dueAtMs: (job) => clock.realInstantOf(job.fireAt),
      timeoutMs: burstAtMs - Date.now() + RUN_TIMEOUT_MS,
    });
    await run.worker.waitUntilReady();
    const headroomMs = burstAtMs - Date.now();
    if (headroomMs < MIN_HEADROOM_MS) throw overran(clock);
    // The worker idles until the burst: time enough for the timers, which then cannot disturb it.
    const timersFirst = headroomMs > TIMER_LEAD_MS + 2_000;
    const timersBefore = timersFirst ? await timerLateness(REMINDERS, TIMER_LEAD_MS) : undefined;
    log(
      `reminders: worker up, burst in ${((burstAtMs - Date.now()) / 1000).toFixed(1)} s; waiting for all to run…`,
    );
    const burst = summariseLateness(await run.ran);
    log(
      `reminders: all ${burst.count.toLocaleString('en')} ran, the last ${(burst.maxMs / 1000).toFixed(1)} s after due`,
    );
    const timers = summariseLateness(timersBefore ?? (await timerLateness(REMINDERS, TIMER_LEAD_MS)));
    log(
      `reminders: ${scheduled.keys.keys.toLocaleString('en')} queue keys, ${raw.keys.keys.toLocaleString('en')} raw keys`,
    );
    return figures(scheduled, raw, burst, timers);
  } finally {
    try {
      await cleanUp(redis, prefix, queue, run);
      log(
        `reminders: cleaned up; Redis used_memory ${(memoryAtStart / MIB).toFixed(1)} MiB before, ${((await usedMemory(redis)) / MIB).toFixed(1)} MiB now`,
      );
    } catch (error: unknown) {
      log(`reminders: CLEAN-UP FAILED, keys ${prefix}* may be left in Redis: ${String(error)}`);
    } finally {
      redis.disconnect();
    }
  }
}

/** The bench keys go, whatever happened: the queue obliterated, then anything left under the prefix. */
async function cleanUp(redis: Redis, prefix: string, queue?: Queue, run?: BurstRun): Promise<void> {
  await run?.close();
  if (queue) {
    await queue.obliterate({ force: true });
    await queue.close();
  }
  await deleteKeys(redis, prefix);
}
