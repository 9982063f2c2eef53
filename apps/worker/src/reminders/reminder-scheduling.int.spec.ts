import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { planReminders, ReminderQueue, taskReminderJobId } from '@giaoviec/reminders';
import { LEAD, RemindersTestWorld } from './reminders-test-world';

/** The job ids of every reminder the default policy plans for a deadline, sorted. */
const everyReminderOf = (taskId: string, dueDate: string) =>
  [
    'before_due_7d',
    'before_due_1d',
    'due_today',
    'escalation_standing_office',
    'escalation_steering_committee',
  ]
    .map((kind) => taskReminderJobId(taskId, kind, dueDate))
    .sort();

/** Huế is UTC+7: 02:00Z is 09:00 in Huế, after the 08:00 reminders of that day. */
describe('deadline reminders: scheduled from the log, fired by the worker (real Redis and PostgreSQL)', () => {
  jest.setTimeout(30_000);
  const world = new RemindersTestWorld();

  beforeAll(() => world.start());
  afterAll(() => world.destroy());

  it('a task assigned, extended, then completed gets exactly the reminders its dates call for', async () => {
    const taskId = await world.assign('2026-06-30');
    expect(await world.pendingJobIds(taskId)).toEqual(everyReminderOf(taskId, '2026-06-30'));
    const job = await world.queue.getJob(taskReminderJobId(taskId, 'before_due_7d', '2026-06-30'));
    // 08:00 in Huế on 23 June, counted from the injected clock (1 June, 10:00 in Huế).
    expect(job?.opts.delay).toBe(Date.parse('2026-06-23T01:00:00Z') - Date.parse('2026-06-01T03:00:00Z'));

    await world.at('2026-06-22T23:00:00Z'); // 06:00 in Huế: not yet
    expect(world.notifier.kinds(taskId)).toEqual([]);
    await world.at('2026-06-23T02:00:00Z');
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_7d@2026-06-30']);

    await world.execute({ type: 'AcknowledgeTask', data: { taskId } }, LEAD);
    await world.execute(
      {
        type: 'RequestExtension',
        data: { taskId, requestId: 'ext-1', requestedDueDate: '2026-07-15', reason: 'Chờ ý kiến các sở' },
      },
      LEAD,
    );
    await world.execute({ type: 'GrantExtension', data: { taskId, requestId: 'ext-1' } });
    expect(await world.pendingJobIds(taskId)).toEqual(everyReminderOf(taskId, '2026-07-15'));

    await world.at('2026-07-05T02:00:00Z'); // past every date of the old deadline: nothing about it
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_7d@2026-06-30']);
    await world.at('2026-07-08T02:00:00Z');
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_7d@2026-06-30', 'before_due_7d@2026-07-15']);

    await world.execute({ type: 'CompleteTask', data: { taskId, result: 'Đã trình đề án' } }, LEAD);
    expect(await world.pendingJobIds(taskId)).toEqual([]);

    await world.at('2026-08-30T02:00:00Z');
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_7d@2026-06-30', 'before_due_7d@2026-07-15']);
    const sent = await world.eventsOf(taskId, 'ReminderSent');
    expect(sent).toEqual([
      {
        taskId,
        kind: 'before_due_7d',
        dueDate: '2026-06-30',
        channel: 'in_app',
        recipients: ['u-lead-officer', 'u-lead-head'],
      },
      expect.objectContaining({ kind: 'before_due_7d', dueDate: '2026-07-15' }),
    ]);
    expect(await world.eventsOf(taskId, 'TaskEscalated')).toEqual([]);
  });

  it('a completion returned for more work is chased again, from the reminders still ahead', async () => {
    world.clock.set(new Date('2026-06-01T03:00:00Z'));
    const taskId = await world.assign('2026-06-20');
    await world.execute({ type: 'AcknowledgeTask', data: { taskId } }, LEAD);
    await world.execute({ type: 'CompleteTask', data: { taskId, result: 'Xong' } }, LEAD);
    expect(await world.pendingJobIds(taskId)).toEqual([]);
    world.clock.set(new Date('2026-06-15T03:00:00Z'));
    await world.execute({ type: 'ReturnCompletion', data: { taskId, reason: 'Thiếu số liệu' } });
    expect(await world.pendingJobIds(taskId)).toEqual(
      ['before_due_1d', 'due_today', 'escalation_standing_office', 'escalation_steering_committee']
        .map((kind) => taskReminderJobId(taskId, kind, '2026-06-20'))
        .sort(),
    );
    await world.execute({ type: 'CancelTask', data: { taskId, reason: 'Gộp vào nhiệm vụ khác' } });
  });

  it("a cancelled task's pending reminder is never sent, even if its job survived", async () => {
    world.clock.set(new Date('2026-06-01T03:00:00Z'));
    const taskId = await world.assign('2026-06-10');
    expect(await world.pendingJobIds(taskId)).toHaveLength(5);
    await world.execute({ type: 'CancelTask', data: { taskId, reason: 'Không còn phù hợp' } });
    expect(await world.pendingJobIds(taskId)).toEqual([]);

    // A job the scheduler could not remove (say, it was running): the worker re-checks and sends nothing.
    const config = world.app.get<AppConfig>(APP_CONFIG).reminders;
    const plan = planReminders({ status: 'in_progress', dueDate: '2026-06-10' }, config, world.clock.now());
    await world.app.get(ReminderQueue).ensure(taskId, plan);
    await world.at('2026-06-30T02:00:00Z');
    expect(world.notifier.kinds(taskId)).toEqual([]);
    expect(await world.eventsOf(taskId, 'ReminderSent')).toEqual([]);
    const finished = await world.queue.getJob(taskReminderJobId(taskId, 'before_due_7d', '2026-06-10'));
    expect(finished?.returnvalue).toEqual({ sent: false, skipped: 'task_closed' });
  });

  it('a task assigned in the afternoon, due tomorrow, is reminded at once, naming its lead agency', async () => {
    await world.registerAgency(LEAD.agencyId, 'Sở Xây dựng');
    world.clock.set(new Date('2026-09-14T08:00:00Z')); // 15:00 in Huế, after the 08:00 reminder hour
    const taskId = await world.assign('2026-09-15');
    await world.at('2026-09-14T08:00:01Z');
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_1d@2026-09-15']);
    expect(world.notifier.delivered.find((n) => n.taskId === taskId)).toEqual(
      expect.objectContaining({ leadAgencyId: LEAD.agencyId, leadAgencyName: 'Sở Xây dựng' }),
    );
    await world.at('2026-09-15T02:00:00Z');
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_1d@2026-09-15', 'due_today@2026-09-15']);
  });

  it('escalates at 3 and 10 working days overdue: TaskEscalated to the standing office, then the Steering Committee', async () => {
    world.clock.set(new Date('2026-06-01T03:00:00Z'));
    const taskId = await world.assign('2026-06-05');
    await world.at('2026-06-04T02:00:00Z');
    await world.at('2026-06-05T02:00:00Z');
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_1d@2026-06-05', 'due_today@2026-06-05']);
    await world.at('2026-06-09T02:00:00Z'); // Tuesday: 2 working days after Friday 5/6
    expect(await world.eventsOf(taskId, 'TaskEscalated')).toEqual([]);

    await world.at('2026-06-10T02:00:00Z');
    expect(await world.eventsOf(taskId, 'TaskEscalated')).toEqual([
      expect.objectContaining({ taskId, level: 'standing_office', dueDate: '2026-06-05', daysOverdue: 3 }),
    ]);
    await world.at('2026-06-18T02:00:00Z'); // 9 working days overdue
    expect(await world.eventsOf(taskId, 'TaskEscalated')).toHaveLength(1);
    await world.at('2026-06-19T02:00:00Z');
    expect(await world.eventsOf(taskId, 'TaskEscalated')).toEqual([
      expect.objectContaining({ level: 'standing_office', daysOverdue: 3 }),
      expect.objectContaining({ level: 'steering_committee', dueDate: '2026-06-05', daysOverdue: 10 }),
    ]);
    expect(
      world.notifier.delivered
        .filter((n) => n.taskId === taskId)
        .map((n) => [n.kind, n.daysOverdue, n.escalationLevel]),
    ).toEqual([
      ['before_due_1d', -1, undefined],
      ['due_today', 0, undefined],
      ['escalation_standing_office', 3, 'standing_office'],
      ['escalation_steering_committee', 10, 'steering_committee'],
    ]);
    expect((await world.eventsOf(taskId, 'ReminderSent')).map((e) => e.kind)).toEqual([
      'before_due_1d',
      'due_today',
      'escalation_standing_office',
      'escalation_steering_committee',
    ]);
    await world.at('2026-07-30T02:00:00Z');
    expect(world.notifier.kinds(taskId)).toHaveLength(4);
  });

  it('a quarterly report is reminded period by period: reporting one moves the reminders to the next, a late one escalates and is judged late', async () => {
    world.clock.set(new Date('2026-06-01T03:00:00Z'));
    const recurrence = { frequency: 'quarterly', until: '2026-09-30', dueDayOfMonth: 20 } as const;
    const q2 = { key: '2026-Q2', start: '2026-04-01', end: '2026-06-30' };
    const taskId = await world.assignRecurringReport(recurrence, q2, '2026-06-20');
    expect(await world.pendingJobIds(taskId)).toEqual(everyReminderOf(taskId, '2026-06-20'));
    await world.execute({ type: 'AcknowledgeTask', data: { taskId } }, LEAD);
    await world.at('2026-06-13T02:00:00Z');
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_7d@2026-06-20']);

    world.clock.set(new Date('2026-06-15T03:00:00Z'));
    const report = (periodKey: string) =>
      ({
        type: 'SubmitPeriodicReport',
        data: { taskId, reportId: `kpi-${periodKey}`, periodKey, summary: 'Báo cáo kết quả KPI' },
      }) as const;
    await world.execute(report('2026-Q2'), LEAD);
    expect(await world.pendingJobIds(taskId)).toEqual(everyReminderOf(taskId, '2026-09-20'));

    await world.at('2026-06-25T02:00:00Z'); // the second quarter's deadline has passed: it was reported
    expect(world.notifier.kinds(taskId)).toEqual(['before_due_7d@2026-06-20']);
    await world.at('2026-09-13T02:00:00Z');
    await world.at('2026-09-23T02:00:00Z'); // 3 days late on the third quarter
    expect(world.notifier.kinds(taskId)).toEqual([
      'before_due_7d@2026-06-20',
      'before_due_7d@2026-09-20',
      'before_due_1d@2026-09-20',
      'due_today@2026-09-20',
      'escalation_standing_office@2026-09-20',
    ]);
    expect(await world.eventsOf(taskId, 'TaskEscalated')).toEqual([
      expect.objectContaining({ level: 'standing_office', dueDate: '2026-09-20', daysOverdue: 3 }),
    ]);
    // Each notice and each record says which quarter's report was owed.
    expect(world.notifier.delivered.filter((n) => n.taskId === taskId).map((n) => n.periodKey)).toEqual([
      '2026-Q2',
      '2026-Q3',
      '2026-Q3',
      '2026-Q3',
      '2026-Q3',
    ]);
    expect((await world.eventsOf(taskId, 'ReminderSent')).map((e) => e.periodKey)).toEqual([
      '2026-Q2',
      '2026-Q3',
      '2026-Q3',
      '2026-Q3',
      '2026-Q3',
    ]);

    world.clock.set(new Date('2026-09-25T03:00:00Z'));
    await world.execute(report('2026-Q3'), LEAD);
    expect(
      (await world.eventsOf(taskId, 'PeriodicReportSubmitted')).map((e) => [
        (e.period as { key: string }).key,
        e.dueDate,
        e.reportedOn,
        e.onTime,
      ]),
    ).toEqual([
      ['2026-Q2', '2026-06-20', '2026-06-15', true],
      ['2026-Q3', '2026-09-20', '2026-09-25', false],
    ]);
    // The recurrence ends with the third quarter: nothing further is chased.
    expect(await world.eventsOf(taskId, 'RecurrenceEnded')).toEqual([
      { taskId, lastPeriodKey: '2026-Q3', until: '2026-09-30' },
    ]);
    expect(await world.pendingJobIds(taskId)).toEqual([]);
  });
});
