import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { actorHeaders } from '../support/access-tokens';
import { asAdmin, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

/**
 * Issue 13, item 4: a department head hands a task to one of its units (a centre) and keeps
 * following it; the head of another department still may not look.
 */
describe('an agency head sees the tasks of its units', () => {
  let api: ApiTestApp;
  let taskId: string;
  const financeHead = actorHeaders({ userId: 'u-gd-stc', agencyId: 'so-tai-chinh', role: 'agency_head' });
  const healthHead = actorHeaders({ userId: 'u-gd-syt', agencyId: 'so-y-te', role: 'agency_head' });
  const centreOfficer = actorHeaders({ userId: 'u-tt', agencyId: 'tt-dich-vu-tai-chinh', role: 'officer' });

  beforeEach(async () => {
    api = await startApiTestApp();
    ({ taskId } = await givenAssignedTask(api));
    await api.http
      .post('/agencies')
      .set(asAdmin)
      .send({
        agencyId: 'tt-dich-vu-tai-chinh',
        name: 'Trung tâm Dịch vụ tài chính công',
        kind: 'other',
        parentAgencyId: 'so-tai-chinh',
      })
      .expect(201);
  });
  afterEach(() => api.close());

  it('after handing a task to its centre, the head still opens it and its history; others are refused', async () => {
    const task = await api.http.get(`/tasks/${taskId}`).set(asStandingOffice).expect(200);
    expect(task.body.leadAgencyId).toBe('so-tai-chinh');
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(financeHead).send({}).expect(200);
    // The deadline is the city's: a head hands the task on with it, or asks for an extension.
    const newDeadline = await api.http
      .post(`/tasks/${taskId}/reassign`)
      .set(financeHead)
      .set('Accept-Language', 'vi')
      .send({
        toAgencyId: 'tt-dich-vu-tai-chinh',
        reason: 'Giao Trung tâm thực hiện',
        newDueDate: '2026-12-31',
      })
      .expect(403);
    expect(newDeadline.body.detail).toMatch(/^Chỉ cơ quan thường trực mới đặt thời hạn mới/);
    await api.http
      .post(`/tasks/${taskId}/reassign`)
      .set(financeHead)
      .send({ toAgencyId: 'tt-dich-vu-tai-chinh', reason: 'Giao Trung tâm thực hiện' })
      .expect(200);

    const followed = await api.http.get(`/tasks/${taskId}`).set(financeHead).expect(200);
    expect(followed.body.leadAgencyId).toBe('tt-dich-vu-tai-chinh');
    await projectReadModels(api);
    const timeline = await api.http.get(`/tasks/${taskId}/timeline`).set(financeHead).expect(200);
    expect(timeline.body.items.map((entry: { type: string }) => entry.type)).toContain('TaskReassigned');
    await api.http.get(`/tasks/${taskId}`).set(centreOfficer).expect(200);

    const refused = await api.http.get(`/tasks/${taskId}`).set(healthHead).expect(403);
    expect(refused.body.reason).toBe('own_agency');
    // Seeing is not doing: the centre reports, not its department's head in its place.
    await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(financeHead)
      .send({ reportId: 'r-1', summary: 'Đã họp', percentComplete: 10 })
      .expect(403);
  });

  it("lists, boards and counts the units' tasks for the head, rolled into the department", async () => {
    // A second task, given to the centre directly and already overdue on 2026-06-01.
    await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({
        taskId: 'kh-495-centre',
        title: 'Rà soát dịch vụ công',
        leadAgencyId: 'tt-dich-vu-tai-chinh',
        dueDate: '2026-05-20',
        backdated: true,
      })
      .expect(201);
    await projectReadModels(api);

    const list = await api.http.get('/tasks').set(financeHead).expect(200);
    expect(list.body.items.map((task: { taskId: string }) => task.taskId).sort()).toEqual([
      'kh-495-centre',
      taskId,
    ]);
    const unitOnly = await api.http.get('/tasks?agencyId=tt-dich-vu-tai-chinh').set(financeHead).expect(200);
    expect(unitOnly.body.items.map((task: { taskId: string }) => task.taskId)).toEqual(['kh-495-centre']);
    await api.http.get('/tasks?agencyId=so-y-te').set(financeHead).expect(403);
    // The centre's officer sees the centre's task, not its department's.
    const centreList = await api.http.get('/tasks').set(centreOfficer).expect(200);
    expect(centreList.body.items.map((task: { taskId: string }) => task.taskId)).toEqual(['kh-495-centre']);

    const overdue = await api.http.get('/dashboard/overdue').set(financeHead).expect(200);
    expect(overdue.body.items.map((task: { taskId: string }) => task.taskId)).toEqual(['kh-495-centre']);

    const dashboard = await api.http.get('/dashboard/agencies').set(financeHead).expect(200);
    expect(dashboard.body.agencies).toHaveLength(1);
    expect(dashboard.body.agencies[0]).toMatchObject({
      agencyId: 'so-tai-chinh',
      counts: { total: 2, overdue: 1 },
      units: [{ agencyId: 'tt-dich-vu-tai-chinh', agencyName: 'Trung tâm Dịch vụ tài chính công' }],
    });
    // Leadership sees the same department row, its centre inside it.
    const citywide = await api.http.get('/dashboard/agencies').set(asStandingOffice).expect(200);
    const finance = citywide.body.agencies.find(
      (row: { agencyId: string }) => row.agencyId === 'so-tai-chinh',
    );
    expect(finance.counts.total).toBe(2);
    expect(citywide.body.agencies.map((row: { agencyId: string }) => row.agencyId)).not.toContain(
      'tt-dich-vu-tai-chinh',
    );
  });
});
