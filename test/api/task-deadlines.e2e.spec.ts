import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asFinance, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

/**
 * Deadlines lie between today and the end of the plan's period, on assignment and on every
 * later change (issue 13, item 5). The clock stands on 2026-06-01; Plan 495 runs to 2026-12-31.
 */
describe('task deadlines over HTTP', () => {
  let api: ApiTestApp;
  let taskId: string;
  const assign = (body: object) =>
    api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({ title: 'Rà soát hồ sơ', leadAgencyId: 'so-y-te', ...body });

  beforeEach(async () => {
    api = await startApiTestApp();
    ({ taskId } = await givenAssignedTask(api));
  });
  afterEach(() => api.close());

  it('refuses a past due date with 422, worded in Vietnamese, and accepts it entered as backdated', async () => {
    const refused = await assign({ dueDate: '2026-05-15' }).set('Accept-Language', 'vi').expect(422);
    expect(refused.body).toMatchObject({
      rule: 'task.due_date_in_past',
      dueDate: '2026-05-15',
      today: '2026-06-01',
    });
    expect(refused.body.detail).toBe(
      'Thời hạn 15/05/2026 đã qua: hãy chọn một ngày từ hôm nay trở đi (khi nhập lại kế hoạch cũ, đánh dấu là nhập bù).',
    );

    const entered = await assign({ taskId: 'kh-495-old', dueDate: '2026-05-15', backdated: true }).expect(
      201,
    );
    expect(entered.body.tasks).toHaveLength(1);
    const history = await api.http.get('/tasks/kh-495-old/history').set(asStandingOffice).expect(200);
    expect(history.body.events[0]).toMatchObject({
      type: 'TaskAssigned',
      data: { dueDate: '2026-05-15', backdated: true, planEndsOn: '2026-12-31' },
    });
  });

  it("refuses a due date after the plan's period, for one agency and for every commune", async () => {
    const refused = await assign({ dueDate: '2027-01-15' }).set('Accept-Language', 'vi').expect(422);
    expect(refused.body).toMatchObject({ rule: 'task.due_date_after_plan_period', planEndsOn: '2026-12-31' });
    expect(refused.body.detail).toBe('Thời hạn nằm sau ngày kết thúc của kế hoạch (31/12/2026).');
    await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({ title: 'Phổ cập kỹ năng số', allCommunes: true, dueDate: '2027-01-15' })
      .expect(422);
  });

  it('holds an extension to the same bounds', async () => {
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    const beyond = await api.http
      .post(`/tasks/${taskId}/extension-requests`)
      .set(asFinance)
      .send({ requestedDueDate: '2027-03-31', reason: 'Chờ bổ sung kinh phí' })
      .expect(422);
    expect(beyond.body.rule).toBe('task.due_date_after_plan_period');
    await api.http
      .post(`/tasks/${taskId}/extension-requests`)
      .set(asFinance)
      .send({ requestedDueDate: '2026-12-31', reason: 'Chờ bổ sung kinh phí' })
      .expect(201);
  });

  it('lets a reassignment give the receiving agency a new deadline, within the same bounds', async () => {
    const past = await api.http
      .post(`/tasks/${taskId}/reassign`)
      .set(asStandingOffice)
      .send({ toAgencyId: 'so-y-te', reason: 'Đúng chức năng', newDueDate: '2026-05-31' })
      .expect(422);
    expect(past.body.rule).toBe('task.due_date_in_past');
    await api.http
      .post(`/tasks/${taskId}/reassign`)
      .set(asStandingOffice)
      .send({ toAgencyId: 'so-y-te', reason: 'Đúng chức năng', newDueDate: '2026-11-30' })
      .expect(200);
    const task = await api.http.get(`/tasks/${taskId}`).set(asStandingOffice).expect(200);
    expect(task.body).toMatchObject({
      leadAgencyId: 'so-y-te',
      dueDate: '2026-11-30',
      planEndsOn: '2026-12-31',
    });
  });

  it('judges a task both ways: the deadline in force and the original, with every approved change listed', async () => {
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    for (const [requestedDueDate, reason] of [
      ['2026-11-30', 'Chờ bổ sung kinh phí'],
      ['2026-12-31', 'Chờ thẩm định'],
    ]) {
      const asked = await api.http
        .post(`/tasks/${taskId}/extension-requests`)
        .set(asFinance)
        .send({ requestedDueDate, reason })
        .expect(201);
      await api.http
        .post(`/tasks/${taskId}/extension-requests/${asked.body.requestId}/grant`)
        .set(asStandingOffice)
        .send({ note: 'Đồng ý gia hạn' })
        .expect(200);
    }
    await api.http.post(`/tasks/${taskId}/complete`).set(asFinance).send({ result: 'Đã xong' }).expect(200);

    const task = await api.http.get(`/tasks/${taskId}`).set(asFinance).expect(200);
    expect(task.body).toMatchObject({
      dueDate: '2026-12-31',
      originalDueDate: '2026-10-31',
      extensionCount: 2,
    });
    expect(task.body.deadlineHistory).toEqual([
      expect.objectContaining({
        kind: 'extension',
        from: '2026-10-31',
        to: '2026-11-30',
        reason: 'Chờ bổ sung kinh phí',
        note: 'Đồng ý gia hạn',
        byUserId: 'u-vanphong',
        byAgencyId: 'so-khcn',
        on: '2026-06-01',
      }),
      expect.objectContaining({ from: '2026-11-30', to: '2026-12-31', reason: 'Chờ thẩm định' }),
    ]);

    await projectReadModels(api);
    const list = await api.http.get('/tasks').set(asStandingOffice).expect(200);
    expect(list.body.items.find((item: { taskId: string }) => item.taskId === taskId)).toMatchObject({
      originalDueDate: '2026-10-31',
      extensionCount: 2,
    });
    const dashboard = await api.http.get('/dashboard/agencies').set(asStandingOffice).expect(200);
    expect(
      dashboard.body.agencies.find((row: { agencyId: string }) => row.agencyId === 'so-tai-chinh').counts,
    ).toMatchObject({
      extended: 1,
      extensions_granted: 2,
      // Completed on 01/06: on time against both deadlines.
      completed_on_time_in_force: 1,
      completed_on_time_original: 1,
    });
  });
});
