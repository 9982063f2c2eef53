import { CommandBus } from '@nestjs/cqrs';
import { ReminderReconciliation, taskReminderJobId } from '@giaoviec/reminders';
import { RemindersTestWorld } from './reminders-test-world';

describe('deadline reminders survive a Redis that lost everything and a worker killed mid-job', () => {
  jest.setTimeout(40_000);
  const world = new RemindersTestWorld();

  beforeAll(() => world.start());
  afterAll(() => world.destroy());

  it('flushing Redis and restarting the worker reschedules every pending reminder', async () => {
    world.clock.set(new Date('2026-06-01T03:00:00Z'));
    const first = await world.assign('2026-07-30');
    const second = await world.assign('2026-06-05');
    const cancelled = await world.assign('2026-07-01');
    await world.execute({ type: 'CancelTask', data: { taskId: cancelled, reason: 'Trùng nhiệm vụ' } });
    await world.at('2026-06-04T02:00:00Z'); // the second task's 1-day reminder goes out (and stays done)
    expect(world.notifier.kinds(second)).toEqual(['before_due_1d@2026-06-05']);
    const pending = await world.pendingJobIds();
    expect(pending.filter((id) => id.startsWith(first))).toHaveLength(5);
    expect(pending.filter((id) => id.startsWith(second))).toHaveLength(3);
    expect(pending.filter((id) => id.startsWith(cancelled))).toEqual([]);
    await world.readModelsCurrent();

    await world.stop();
    expect(await world.flushRedisPrefix()).toBeGreaterThan(0);
    await world.start();

    // The scheduler's checkpoint (PostgreSQL) is at the head: only the reconciliation at start can have restored them.
    expect(await world.pendingJobIds()).toEqual(pending);
    const restarted = await world.app.get(ReminderReconciliation).reconcile();
    expect(restarted).toEqual({ openTasks: 2, restored: [], retimed: [] });

    await world.at('2026-06-05T02:00:00Z');
    expect(world.notifier.kinds(second)).toEqual(['before_due_1d@2026-06-05', 'due_today@2026-06-05']);
  });

  it('a reminder queued before the calendar was corrected is moved to the time the calendar now gives', async () => {
    world.clock.set(new Date('2026-06-01T03:00:00Z'));
    const taskId = await world.assign('2026-07-20');
    await world.readModelsCurrent();
    const jobId = taskReminderJobId(taskId, 'before_due_7d', '2026-07-20');
    const job = await world.queue.getJob(jobId);
    const planned = job!.data as { fireAt: string };
    // As an older calendar would have queued it: a day later.
    const stale = new Date(Date.parse(planned.fireAt) + 86_400_000).toISOString();
    await job!.updateData({ ...job!.data, fireAt: stale });
    await job!.changeDelay(Date.parse(stale) - world.clock.now().getTime());

    const result = await world.app.get(ReminderReconciliation).reconcile();

    expect(result.retimed).toEqual([jobId]);
    expect(result.restored).toEqual([]);
    const moved = await world.queue.getJob(jobId);
    expect(moved!.data.fireAt).toBe(planned.fireAt);
    expect(moved!.delay).toBe(Date.parse(planned.fireAt) - world.clock.now().getTime());
    expect(await moved!.isDelayed()).toBe(true);
    // Nothing further to move.
    expect((await world.app.get(ReminderReconciliation).reconcile()).retimed).toEqual([]);
  });

  it('a worker killed after delivering but before recording: retried, delivered again, recorded once', async () => {
    world.clock.set(new Date('2026-06-01T03:00:00Z'));
    const taskId = await world.assign('2026-06-10');
    const bus = world.app.get(CommandBus);
    const execute = bus.execute.bind(bus);
    // The process "dies" between the e-mail and the record: the first command never reaches the log.
    const spy = jest
      .spyOn(bus, 'execute')
      .mockImplementationOnce(() => Promise.reject(new Error('worker killed')));
    try {
      await world.at('2026-06-03T02:00:00Z');
    } finally {
      spy.mockRestore();
    }
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_7d@2026-06-10', 'before_due_7d@2026-06-10']);
    expect((await world.eventsOf(taskId, 'ReminderSent')).map((e) => e.kind)).toEqual(['before_due_7d']);
    const job = await world.queue.getJob(taskReminderJobId(taskId, 'before_due_7d', '2026-06-10'));
    expect(job?.attemptsMade).toBe(2);

    // Killed after the record, before the job was marked done: the retry finds it recorded and sends nothing.
    const afterRecord = jest.spyOn(bus, 'execute').mockImplementationOnce(async (command) => {
      await execute(command);
      throw new Error('worker killed');
    });
    try {
      await world.at('2026-06-09T02:00:00Z');
    } finally {
      afterRecord.mockRestore();
    }
    expect(world.notifier.kinds(taskId).filter((k) => k.startsWith('before_due_1d'))).toEqual([
      'before_due_1d@2026-06-10',
    ]);
    expect((await world.eventsOf(taskId, 'ReminderSent')).map((e) => e.kind)).toEqual([
      'before_due_7d',
      'before_due_1d',
    ]);
  });

  it('a failed notification is retried with backoff and recorded once it goes through', async () => {
    world.clock.set(new Date('2026-06-01T03:00:00Z'));
    const taskId = await world.assign('2026-06-20');
    world.notifier.failNext(2, taskId);
    await world.at('2026-06-13T02:00:00Z');
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_7d@2026-06-20']);
    expect(await world.eventsOf(taskId, 'ReminderSent')).toHaveLength(1);
    const job = await world.queue.getJob(taskReminderJobId(taskId, 'before_due_7d', '2026-06-20'));
    expect(job?.attemptsMade).toBe(3);
  });
});
