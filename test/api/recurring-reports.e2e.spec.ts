import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asFinance, asHealth, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

/**
 * A quarterly KPI report over HTTP: owed period by period, each judged on time or late, seen
 * by the task, the list, the overdue board and the timeline. 1 June 2026 in Huế.
 */
describe('recurring reports over HTTP (real PostgreSQL)', () => {
  let api: ApiTestApp;
  let taskId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    await givenAssignedTask(api);
    const assigned = await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({
        code: 'IV.2',
        title: 'Báo cáo kết quả chỉ tiêu KPI',
        leadAgencyId: 'so-tai-chinh',
        recurrence: { frequency: 'quarterly', until: '2026-12-31', dueDayOfMonth: 20 },
      })
      .expect(201);
    taskId = assigned.body.tasks[0].taskId;
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
  });
  afterAll(() => api.close());

  const report = (periodKey: unknown) =>
    api.http
      .post(`/tasks/${taskId}/periodic-reports`)
      .set(asFinance)
      .send({ periodKey, summary: 'Đạt 12/15 chỉ tiêu KPI' });

  it('gives the task its first period and that period’s deadline as its due date', async () => {
    const task = await api.http.get(`/tasks/${taskId}`).set(asFinance).expect(200);
    expect(task.body).toMatchObject({
      dueDate: '2026-06-20',
      periodInHand: { key: '2026-Q2', start: '2026-04-01', end: '2026-06-30' },
      periodReports: [],
      recurrenceEnded: false,
      recurrence: { frequency: 'quarterly', until: '2026-12-31', dueDayOfMonth: 20 },
    });
  });

  it('refuses a malformed period with a 400 naming the field, and a period not in hand with a 422', async () => {
    const malformed = await report('quý 2').expect(400);
    expect(JSON.stringify(malformed.body)).toContain('periodKey');
    const notInHand = await report('2026-Q3').expect(422);
    expect(notInHand.body).toMatchObject({
      rule: 'recurrence.period_not_in_hand',
      periodInHand: '2026-Q2',
      dueDate: '2026-06-20',
    });
    await api.http
      .post(`/tasks/${taskId}/periodic-reports`)
      .set(asHealth)
      .send({ periodKey: '2026-Q2', summary: 'x' })
      .expect(403);
  });

  it('is overdue when the period passes unreported, judged late when reported, and then owes the next period', async () => {
    api.clock.set(new Date('2026-06-25T02:00:00.000Z'));
    await projectReadModels(api);
    const overdue = await api.http.get(`/tasks?overdue=true`).set(asStandingOffice).expect(200);
    expect(overdue.body.items.map((item: { taskId: string }) => item.taskId)).toContain(taskId);
    const board = await api.http.get('/dashboard/overdue').set(asStandingOffice).expect(200);
    expect(board.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ taskId, dueDate: '2026-06-20', daysOverdue: 5 })]),
    );

    const late = await report('2026-Q2').expect(201);
    expect(late.body.events.map((event: { type: string }) => event.type)).toEqual([
      'PeriodicReportSubmitted',
      'RecurringPeriodOpened',
    ]);
    const task = await api.http.get(`/tasks/${taskId}`).set(asFinance).expect(200);
    expect(task.body).toMatchObject({
      dueDate: '2026-09-20',
      periodInHand: { key: '2026-Q3' },
      periodReports: [
        { periodKey: '2026-Q2', dueDate: '2026-06-20', reportedOn: '2026-06-25', onTime: false },
      ],
      overdue: false,
    });

    await projectReadModels(api);
    const listed = await api.http.get(`/tasks?planId=kh-495`).set(asStandingOffice).expect(200);
    expect(listed.body.items.find((item: { taskId: string }) => item.taskId === taskId)).toMatchObject({
      dueDate: '2026-09-20',
      overdue: false,
      category: 'in_progress_on_time',
      periodInHand: { key: '2026-Q3', start: '2026-07-01', end: '2026-09-30', dueDate: '2026-09-20' },
    });
    // A task that does not recur owes no period.
    const others = listed.body.items.filter((item: { taskId: string }) => item.taskId !== taskId);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.periodInHand).toBeNull();
    const timeline = await api.http.get(`/tasks/${taskId}/timeline`).set(asFinance).expect(200);
    expect(timeline.body.items.map((entry: { summary: string }) => entry.summary)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Sở Tài chính nộp báo cáo quý II/2026 của nhiệm vụ IV.2 ngày 25/06/2026, trễ hạn (hạn 20/06/2026)',
        ),
        expect.stringContaining(
          'đến kỳ báo cáo quý III/2026 (từ 01/07/2026 đến 30/09/2026), hạn nộp 20/09/2026',
        ),
      ]),
    );
  });

  it('cannot be completed while a period is owed', async () => {
    const refused = await api.http
      .post(`/tasks/${taskId}/complete`)
      .set(asFinance)
      .send({ result: 'Đã báo cáo' })
      .expect(409);
    expect(refused.body.rule).toBe('recurrence.period_still_owed');
  });

  it('lists no period in hand once every period is reported', async () => {
    await report('2026-Q3').expect(201);
    const last = await report('2026-Q4').expect(201);
    expect(last.body.events.map((event: { type: string }) => event.type)).toContain('RecurrenceEnded');
    await projectReadModels(api);
    const listed = await api.http.get(`/tasks?planId=kh-495`).set(asStandingOffice).expect(200);
    expect(listed.body.items.find((item: { taskId: string }) => item.taskId === taskId)).toMatchObject({
      periodInHand: null,
    });
  });
});
