import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import {
  DIGEST_QUEUE,
  DIGEST_SCHEDULER_ID,
  RECONCILE_SCHEDULER_ID,
  RedisDataLossWatch,
  taskReminderJobId,
} from '@giaoviec/reminders';
import { AS_OF_BUILD_QUEUE, AS_OF_PREBUILD_SCHEDULER_ID } from '@giaoviec/reporting';
import { PrivateRedis } from '../../../../test/faults/support/private-redis';
import { eventually, RemindersTestWorld } from './reminders-test-world';

/** The job schedulers the worker keeps in Redis, by queue. */
const SCHEDULERS: ReadonlyArray<readonly [queue: string, schedulerId: string]> = [
  ['reminders', RECONCILE_SCHEDULER_ID],
  [DIGEST_QUEUE, DIGEST_SCHEDULER_ID],
  [AS_OF_BUILD_QUEUE, AS_OF_PREBUILD_SCHEDULER_ID],
];

describe('a Redis that lost its data under a running worker heals without a restart', () => {
  jest.setTimeout(60_000);
  let redis: PrivateRedis;
  let world: RemindersTestWorld;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    world = new RemindersTestWorld({ REDIS_URL: redis.url });
    await world.start({ reconcileEveryMs: 3_600_000, redisCheckEveryMs: 300 });
  });
  afterAll(async () => {
    await world?.destroy();
    await redis?.stop();
  });

  const schedulersInRedis = async (): Promise<string[]> => {
    const present: string[] = [];
    for (const [queue, id] of SCHEDULERS) {
      if (await world.app.get<Queue>(getQueueToken(queue)).getJobScheduler(id)) present.push(id);
    }
    return present;
  };

  it('killed and restarted empty: the job schedulers and every pending reminder are back, none sent twice', async () => {
    world.clock.set(new Date('2026-06-01T03:00:00Z'));
    const later = await world.assign('2026-07-30');
    const soon = await world.assign('2026-06-05');
    await world.at('2026-06-04T02:00:00Z'); // the 1-day reminder of `soon` goes out, dated today
    expect(world.notifier.kinds(soon)).toEqual(['before_due_1d@2026-06-05']);
    await world.readModelsCurrent();
    const pending = await world.pendingJobIds();
    expect(pending.filter((id) => id.startsWith(later))).toHaveLength(5);
    expect(pending.filter((id) => id.startsWith(soon))).toHaveLength(3);
    expect(await schedulersInRedis()).toEqual(SCHEDULERS.map(([, id]) => id));

    await redis.kill();
    const wipedAt = Date.now();
    await redis.restart();

    // No restart: the watch (its own timer, or its connection ready again) notices and heals.
    const watch = world.app.get(RedisDataLossWatch);
    await eventually(() => watch.lastHeal !== undefined && watch.lastHeal.at.getTime() > wipedAt, 'a heal');
    const seconds = (Date.now() - wipedAt) / 1000;
    expect(watch.lastHeal).toMatchObject({ heal: true, why: 'restarted_empty', failed: [] });
    expect(await schedulersInRedis()).toEqual(SCHEDULERS.map(([, id]) => id));
    // The reminder sent today was planned again (rm_tasks knows no ReminderSent), fired, and found recorded.
    const sentToday = taskReminderJobId(soon, 'before_due_1d', '2026-06-05');
    await eventually(
      async () => (await world.queue.getJobState(sentToday)) === 'completed',
      'the reminder sent before the loss to run again',
    );
    expect(await world.queue.getJob(sentToday).then((job) => job?.returnvalue)).toEqual({
      sent: false,
      skipped: 'already_sent',
    });
    expect(world.notifier.kinds(soon)).toEqual(['before_due_1d@2026-06-05']);
    const back = await world.pendingJobIds();
    expect(back).toEqual(pending);
    expect(await watch.check()).toEqual({ heal: false, why: 'intact' });

    await world.at('2026-06-05T02:00:00Z');
    expect(world.notifier.kinds(soon)).toEqual(['before_due_1d@2026-06-05', 'due_today@2026-06-05']);
    expect((await world.eventsOf(soon, 'ReminderSent')).map((e) => e.kind)).toEqual([
      'before_due_1d',
      'due_today',
    ]);
    console.log(
      `Redis killed and restarted empty under the worker: ${pending.length} pending reminders, ${back.length} back after ${seconds.toFixed(1)}s, ` +
        `${SCHEDULERS.length} job schedulers back, 0 lost, 0 sent twice`,
    );
  });

  it('flushed while it kept running (same run_id): healed the same way', async () => {
    world.clock.set(new Date('2026-06-10T03:00:00Z'));
    const taskId = await world.assign('2026-08-20');
    await world.readModelsCurrent();
    const pending = await world.pendingJobIds(taskId);
    expect(pending).toHaveLength(5);
    const client = redis.client();
    const flushedAt = Date.now();
    await client.flushdb();
    client.disconnect();

    const watch = world.app.get(RedisDataLossWatch);
    await eventually(() => watch.lastHeal !== undefined && watch.lastHeal.at.getTime() > flushedAt, 'a heal');
    const outcome = watch.lastHeal!;
    expect(outcome).toMatchObject({ heal: true, why: 'flushed', failed: [] });
    expect(outcome.healed).toEqual(
      expect.arrayContaining([
        'ReminderReconciliation.restoreAfterRedisDataLoss',
        'DigestScheduler.schedule',
        'DecisionNoticeFeed.sweep',
        'AsOfPrebuildScheduler.schedule',
      ]),
    );
    expect(await world.pendingJobIds(taskId)).toEqual(pending);
    expect(await schedulersInRedis()).toEqual(SCHEDULERS.map(([, id]) => id));
    console.log(
      `Redis flushed under the worker: ${pending.length} pending reminders back, ${outcome.healed?.length} healing steps, 0 failed`,
    );
  });
});
