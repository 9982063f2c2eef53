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
});
