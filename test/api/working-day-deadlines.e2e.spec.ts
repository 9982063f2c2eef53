import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';

/**
 * Deadlines in working days and due dates moved off a day off (issue 14, item 1), over HTTP.
 * The clock stands on Monday 2026-06-01; Plan 495 runs to 2026-12-31.
 */
describe('working-day deadlines over HTTP', () => {
  let api: ApiTestApp;
  const assign = (body: object) =>
    api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({ title: 'Rà soát hồ sơ', leadAgencyId: 'so-y-te', ...body });
  const assignedEvent = async (taskId: string) =>
    (await api.http.get(`/tasks/${taskId}/history`).set(asStandingOffice).expect(200)).body.events[0];

  beforeEach(async () => {
    api = await startApiTestApp();
    // Issues Plan 495 and registers its agencies.
    await givenAssignedTask(api);
  });
  afterEach(() => api.close());

  it('resolves "trong 15 ngày làm việc" to a date and records how it was given', async () => {
    await assign({ taskId: 'kh-495-15-ngay', dueInWorkingDays: 15 }).expect(201);
    expect(await assignedEvent('kh-495-15-ngay')).toMatchObject({
      type: 'TaskAssigned',
      data: { dueDate: '2026-06-22', dueDateGiven: { workingDays: 15, from: '2026-06-01' } },
    });
  });

  it('moves a due date on Quốc khánh to the next working day when asked', async () => {
    await assign({
      taskId: 'kh-495-quoc-khanh',
      dueDate: '2026-09-02',
      dueDateRollsToNextWorkingDay: true,
    }).expect(201);
    expect((await assignedEvent('kh-495-quoc-khanh')).data).toMatchObject({
      dueDate: '2026-09-03',
      dueDateRolledFrom: '2026-09-02',
    });
  });

  it('names the field when the deadline is given twice or badly', async () => {
    const twice = await assign({ dueDate: '2026-07-01', dueInWorkingDays: 5 }).expect(400);
    expect(twice.body.errors.map((e: { field: string }) => e.field)).toEqual(['dueInWorkingDays']);
    const zero = await assign({ dueInWorkingDays: 0 }).expect(400);
    expect(zero.body.errors.map((e: { field: string }) => e.field)).toEqual(['dueInWorkingDays']);
    const flag = await assign({ dueDate: '2026-07-01', dueDateRollsToNextWorkingDay: 'yes' }).expect(400);
    expect(flag.body.errors.map((e: { field: string }) => e.field)).toEqual(['dueDateRollsToNextWorkingDay']);
  });
});
