import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { actorHeaders } from '../support/access-tokens';
import {
  asAdmin,
  asFinance,
  asHealth,
  asStandingOffice,
  givenAssignedTask,
  HEALTH_OFFICER,
} from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

/**
 * Issue 14, item 4: the coordinating agencies (phối hợp) owe their part. Sở Tài chính leads;
 * Sở Y tế and UBND phường An Cựu coordinate. The clock stands on 2026-06-01.
 */
describe('coordinating agencies over HTTP', () => {
  let api: ApiTestApp;
  const COMMUNE_OFFICER = { userId: 'u-ancuu', agencyId: 'phuong-an-cuu', role: 'officer' };
  const asCommune = actorHeaders(COMMUNE_OFFICER);
  const asLeadership = actorHeaders({ userId: 'u-lanhdao', agencyId: 'ban-chi-dao', role: 'leadership' });

  const assign = (taskId: string, dueDate: string, extra: object = {}) =>
    api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({
        taskId,
        title: `Nhiệm vụ ${taskId}`,
        leadAgencyId: 'so-tai-chinh',
        coordinatingAgencyIds: ['so-y-te', 'phuong-an-cuu'],
        dueDate,
        ...extra,
      })
      .expect(201);

  beforeAll(async () => {
    api = await startApiTestApp();
    await givenAssignedTask(api);
    await api.http
      .post('/agencies')
      .set(asAdmin)
      .send({ agencyId: 'phuong-an-cuu', name: 'UBND phường An Cựu', kind: 'commune' })
      .expect(201);
    await api.http
      .post('/users')
      .set(asAdmin)
      .send({
        userId: HEALTH_OFFICER.userId,
        username: 'le.thi.hoa',
        displayName: 'Lê Thị Hoa',
        agencyId: 'so-y-te',
        role: 'officer',
        password: 'mat-khau-ban-dau-2026',
      })
      .expect(201);
    await assign('t-coord', '2026-06-30');
    // Overdue since 20/05 and never reported on by its coordinators.
    await assign('t-overdue', '2026-05-20', { backdated: true });
  });
  afterAll(() => api.close());

  it('lets a coordinating agency acknowledge its part once, and refuses the lead agency and anyone else', async () => {
    const first = await api.http
      .post('/tasks/t-coord/coordination/acknowledge')
      .set(asHealth)
      .send({})
      .expect(200);
    const again = await api.http
      .post('/tasks/t-coord/coordination/acknowledge')
      .set(asHealth)
      .set('Accept-Language', 'vi')
      .send({})
      .expect(409);
    expect(again.body).toMatchObject({
      rule: 'coordination.already_acknowledged',
      acknowledgedOn: '2026-06-01',
    });
    expect(again.body.detail).toBe('Đơn vị đã tiếp nhận phần phối hợp của nhiệm vụ này trước đó.');
    // The lead agency is no coordinating agency of its own task: the policy refuses it.
    const lead = await api.http.post('/tasks/t-coord/coordination/acknowledge').set(asFinance).send({});
    expect(lead.status).toBe(403);
    for (const actor of [asStandingOffice, asLeadership]) {
      await api.http.post('/tasks/t-coord/coordination/acknowledge').set(actor).send({}).expect(403);
    }
    const history = await api.http.get('/tasks/t-coord/history').set(asStandingOffice).expect(200);
    expect(history.body.version).toBe(first.body.version);
  });

  it('records a contribution once per report id, refuses one before acknowledging and one without a summary', async () => {
    const early = await api.http
      .post('/tasks/t-overdue/contributions')
      .set(asHealth)
      .send({ summary: 'Đã gửi số liệu' })
      .expect(409);
    expect(early.body.rule).toBe('coordination.not_acknowledged');
    const blank = await api.http.post('/tasks/t-coord/contributions').set(asHealth).send({}).expect(400);
    expect(blank.body.errors.map((error: { field: string }) => error.field)).toEqual(['summary']);

    const body = {
      reportId: 'yte-dot-1',
      summary: 'Đã cung cấp số liệu của 40 trạm y tế',
      percentComplete: 60,
    };
    const reported = await api.http.post('/tasks/t-coord/contributions').set(asHealth).send(body).expect(201);
    const retried = await api.http.post('/tasks/t-coord/contributions').set(asHealth).send(body).expect(201);
    expect(retried.body.version).toBe(reported.body.version);
  });

  it('judges a contribution after the deadline late, and shows every part with its contributions to the lead, the standing office and leadership', async () => {
    api.clock.set(new Date('2026-07-02T02:00:00.000Z'));
    await api.http.post('/tasks/t-coord/coordination/acknowledge').set(asCommune).send({}).expect(200);
    await api.http
      .post('/tasks/t-coord/contributions')
      .set(asCommune)
      .send({ summary: 'Đã rà soát hồ sơ của phường' })
      .expect(201);

    for (const actor of [asFinance, asStandingOffice, asLeadership]) {
      const task = await api.http.get('/tasks/t-coord').set(actor).expect(200);
      expect(task.body.coordinators).toEqual([
        expect.objectContaining({
          agencyId: 'so-y-te',
          agencyName: 'Sở Y tế',
          state: 'contribution_reported',
          acknowledgedOn: '2026-06-01',
          lastContributionOn: '2026-06-01',
          contributedOnTime: true,
          lastPercentComplete: 60,
          contributions: [
            expect.objectContaining({
              reportId: 'yte-dot-1',
              summary: 'Đã cung cấp số liệu của 40 trạm y tế',
              percentComplete: 60,
              reportedOn: '2026-06-01',
              dueDate: '2026-06-30',
              onTime: true,
              byUserId: HEALTH_OFFICER.userId,
              byName: 'Lê Thị Hoa',
            }),
          ],
        }),
        expect.objectContaining({
          agencyId: 'phuong-an-cuu',
          agencyName: 'UBND phường An Cựu',
          state: 'contribution_reported',
          contributedOnTime: false,
          contributions: [expect.objectContaining({ reportedOn: '2026-07-02', onTime: false, byName: null })],
        }),
      ]);
    }
  });

  it('keeps each part in the task list, counts each agency as lead and as coordinator apart, and tells the lead', async () => {
    await projectReadModels(api);
    const list = await api.http
      .get('/tasks?agencyId=so-y-te&participation=coordinating')
      .set(asHealth)
      .expect(200);
    const coordinated = list.body.items.find((item: { taskId: string }) => item.taskId === 't-coord');
    expect(coordinated.coordinators).toEqual([
      {
        agencyId: 'so-y-te',
        state: 'contribution_reported',
        lastContributionOn: '2026-06-01',
        contributedOnTime: true,
      },
      {
        agencyId: 'phuong-an-cuu',
        state: 'contribution_reported',
        lastContributionOn: '2026-07-02',
        contributedOnTime: false,
      },
    ]);

    const dashboard = await api.http.get('/dashboard/agencies').set(asStandingOffice).expect(200);
    const record = (agencyId: string) =>
      dashboard.body.coordinators.find((row: { agencyId: string }) => row.agencyId === agencyId)?.counts;
    // Sở Y tế: on time on t-coord; on t-overdue acknowledged nothing and its deadline passed.
    expect(record('so-y-te')).toEqual({ tasks: 2, not_acknowledged: 1, on_time: 1, late: 0, overdue: 1 });
    expect(record('phuong-an-cuu')).toEqual({
      tasks: 2,
      not_acknowledged: 1,
      on_time: 0,
      late: 1,
      overdue: 1,
    });
    // Sở Y tế leads nothing: it has a record as coordinator only.
    expect(dashboard.body.agencies.map((row: { agencyId: string }) => row.agencyId)).not.toContain('so-y-te');
    const own = await api.http.get('/dashboard/agencies').set(asHealth).expect(200);
    expect(own.body.coordinators.map((row: { agencyId: string }) => row.agencyId)).toEqual(['so-y-te']);

    const notices = await api.http.get('/notifications').set(asFinance).expect(200);
    expect(
      notices.body.items
        .filter((item: { kind: string }) => item.kind === 'coordination.contribution_reported')
        .map((item: { title: string }) => item.title),
    ).toEqual([
      'UBND phường An Cựu đã báo cáo phần phối hợp nhiệm vụ "Nhiệm vụ t-coord"',
      'Sở Y tế đã báo cáo phần phối hợp nhiệm vụ "Nhiệm vụ t-coord"',
    ]);

    const timeline = await api.http.get('/tasks/t-coord/timeline').set(asHealth).expect(200);
    expect(timeline.body.items.map((entry: { summary: string }) => entry.summary)).toContain(
      'Sở Y tế báo cáo phần phối hợp nhiệm vụ "Nhiệm vụ t-coord" ngày 01/06/2026 (60%), đúng hạn: "Đã cung cấp số liệu của 40 trạm y tế"',
    );
  });

  it('ranks the agencies for a period by the stated rule, and names the field of a bad period', async () => {
    const board = await api.http
      .get('/dashboard/agency-scoreboard?from=2026-01-01&to=2026-06-30')
      .set(asLeadership)
      .expect(200);
    expect(board.body).toMatchObject({ from: '2026-01-01', to: '2026-06-30', today: '2026-07-02' });
    expect(board.body.orderingRule).toMatch(/^Ranked by: \(1\) on-time rate as lead agency/);
    expect(
      board.body.agencies.map(
        (row: {
          agencyId: string;
          rank: number;
          leadOnTimeRate: number | null;
          coordinatorOnTimeRate: number | null;
        }) => [row.agencyId, row.rank, row.leadOnTimeRate, row.coordinatorOnTimeRate],
      ),
    ).toEqual([
      // Sở Tài chính leads t-coord and t-overdue (due in the period), both still overdue on 02/07.
      ['so-tai-chinh', 1, 0, null],
      // Neither leads a task due in the period; Sở Y tế contributed on time on one of two.
      ['so-y-te', 2, null, 50],
      ['phuong-an-cuu', 3, null, 0],
    ]);
    expect(board.body.agencies[0].lead).toEqual({
      due: 2,
      completed_on_time: 0,
      completed_late: 0,
      still_overdue: 2,
      in_progress: 0,
    });
    await api.http
      .get('/dashboard/agency-scoreboard?from=2026-01-01&to=2026-06-30')
      .set(asHealth)
      .expect(403);

    const reversed = await api.http
      .get('/dashboard/agency-scoreboard?from=2026-06-30&to=2026-01-01')
      .set(asStandingOffice)
      .expect(400);
    expect(reversed.body.errors).toEqual([
      expect.objectContaining({ field: 'to', codes: ['notBeforeFrom'] }),
    ]);
    const missing = await api.http
      .get('/dashboard/agency-scoreboard?to=2026-06-30')
      .set(asStandingOffice)
      .expect(400);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toEqual(['from']);
  });

  it('takes the files a coordinator sends with its contribution, and the lead can read them', async () => {
    await api.http.post('/tasks/t-coord/coordination/acknowledge').set(asCommune).send({});
    const pdf = Buffer.from('%PDF-1.4\n% Báo cáo phần phối hợp của phường\n%%EOF\n');
    const uploaded = await api.http
      .post('/tasks/t-coord/evidence')
      .set(asCommune)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', encodeURIComponent('Báo cáo phối hợp.pdf'))
      .send(pdf)
      .expect(201);
    await api.http
      .post('/tasks/t-coord/contributions')
      .set(asCommune)
      .send({
        reportId: 'an-cuu-dot-1',
        summary: 'Đã rà soát 12 tổ dân phố',
        evidenceIds: [uploaded.body.evidenceId],
      })
      .expect(201);

    const history = await api.http.get('/tasks/t-coord/history').set(asFinance).expect(200);
    const contribution = history.body.events.find(
      (event: { type: string; data: { reportId?: string } }) =>
        event.type === 'ContributionReported' && event.data.reportId === 'an-cuu-dot-1',
    );
    expect(contribution.data.evidence).toEqual([
      {
        evidenceId: uploaded.body.evidenceId,
        fileName: 'Báo cáo phối hợp.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
        sha256: uploaded.body.sha256,
      },
    ]);
    await api.http.get(`/tasks/t-coord/evidence/${uploaded.body.evidenceId}`).set(asFinance).expect(200);
    // A file another agency uploaded cannot be sent as one's own.
    await api.http
      .post('/tasks/t-coord/contributions')
      .set(asHealth)
      .send({ reportId: 'yte-dot-9', summary: 'Kèm tệp của phường', evidenceIds: [uploaded.body.evidenceId] })
      .expect(403);
  });

  it('refuses an agency that became the lead by reassignment its coordinating part', async () => {
    await api.http
      .post('/tasks/t-coord/reassign')
      .set(asStandingOffice)
      .send({ toAgencyId: 'so-y-te', reason: 'Đúng chức năng' })
      .expect(200);
    await api.http
      .post('/tasks/t-coord/contributions')
      .set(asHealth)
      .send({ summary: 'Bổ sung' })
      .expect(403);
    const task = await api.http.get('/tasks/t-coord').set(asHealth).expect(200);
    expect(task.body.coordinators.map((part: { agencyId: string }) => part.agencyId)).toEqual([
      'phuong-an-cuu',
    ]);
  });
});
