import { actorHeaders, startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

describe("a task's timeline (GET /tasks/{taskId}/timeline)", () => {
  let api: ApiTestApp;
  let taskId: string;
  const officer = actorHeaders({ userId: 'u-tc-officer', agencyId: 'so-tai-chinh', role: 'officer' });
  const foreignOfficer = actorHeaders({ userId: 'u-yt-officer', agencyId: 'so-y-te', role: 'officer' });

  beforeAll(async () => {
    api = await startApiTestApp({ now: '2026-12-06T07:30:00.000Z' });
    ({ taskId } = await givenAssignedTask(api));
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(officer).send({}).expect(200);
    await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(officer)
      .send({ percentComplete: 40, summary: 'Đã rà soát danh mục dữ liệu' })
      .expect(201);
    await projectReadModels(api);
  });
  afterAll(() => api.close());

  it("shows the lead agency's officer, who may not read the audit trail, who did what on their task", async () => {
    await api.http.get(`/audit?taskId=${taskId}`).set(officer).expect(403);
    const response = await api.http.get(`/tasks/${taskId}/timeline`).set(officer).expect(200);
    const types = response.body.items.map((entry: { type: string }) => entry.type);
    expect(types).toEqual(['TaskAssigned', 'TaskAcknowledged', 'ProgressReported']);
    expect(response.body.items[2].summary).toContain('Sở Tài chính');
    expect(response.body.items[2].data).toMatchObject({ summary: 'Đã rà soát danh mục dữ liệu' });
    expect(response.body.nextCursor).toBeNull();
  });

  it('pages with the cursor, oldest first', async () => {
    const first = await api.http.get(`/tasks/${taskId}/timeline?limit=2`).set(asStandingOffice).expect(200);
    expect(first.body.items).toHaveLength(2);
    const rest = await api.http
      .get(`/tasks/${taskId}/timeline?limit=2&cursor=${first.body.nextCursor}`)
      .set(asStandingOffice)
      .expect(200);
    expect(rest.body.items.map((entry: { type: string }) => entry.type)).toEqual(['ProgressReported']);
  });

  it("refuses an officer of an agency with no part in the task, and a task that doesn't exist", async () => {
    await api.http.get(`/tasks/${taskId}/timeline`).set(foreignOfficer).expect(403);
    const missing = await api.http.get('/tasks/khong-co/timeline').set(asStandingOffice).expect(404);
    expect(missing.body).toMatchObject({ rule: 'task.not_found' });
  });
});
