import { projectReadModels } from '../support/read-models';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asAdmin, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';
import { actorHeaders } from '../support/api-test-app';

const COMMUNES = [
  { agencyId: 'ubnd-phuong-thuan-hoa', name: 'UBND phường Thuận Hóa' },
  { agencyId: 'ubnd-phuong-phu-xuan', name: 'UBND phường Phú Xuân' },
  { agencyId: 'ubnd-xa-phu-vinh', name: 'UBND xã Phú Vinh' },
];

describe('agencies, fan-out to all communes, and mergers over HTTP', () => {
  let api: ApiTestApp;

  beforeEach(async () => {
    api = await startApiTestApp();
    await givenAssignedTask(api);
    for (const commune of COMMUNES) {
      await api.http
        .post('/agencies')
        .set(asAdmin)
        .send({ ...commune, kind: 'commune' })
        .expect(201);
    }
  });
  afterEach(() => api.close());

  it('lists agencies by kind and refuses a second registration', async () => {
    const communes = await api.http.get('/agencies?kind=commune').set(asStandingOffice).expect(200);
    expect(communes.body.map((a: { agencyId: string }) => a.agencyId).sort()).toEqual(
      COMMUNES.map((c) => c.agencyId).sort(),
    );
    const again = await api.http
      .post('/agencies')
      .set(asAdmin)
      .send({ ...COMMUNES[0], kind: 'commune' })
      .expect(409);
    expect(again.body.rule).toBe('agency.already_registered');
  });

  it('gives a task for all communes to each active commune, as one group', async () => {
    await api.http
      .post('/agencies/ubnd-xa-phu-vinh/retire')
      .set(asAdmin)
      .send({ reason: 'Sắp xếp đơn vị hành chính', effectiveOn: '2026-05-01' })
      .expect(200);
    const response = await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({
        code: 'III.9',
        title: 'Đi từng ngõ, gõ từng nhà hướng dẫn kỹ năng số',
        allCommunes: true,
        dueDate: '2026-09-30',
      })
      .expect(201);
    expect(response.body.groupId).toEqual(expect.any(String));
    expect(response.body.tasks.map((t: { leadAgencyId: string }) => t.leadAgencyId).sort()).toEqual([
      'ubnd-phuong-phu-xuan',
      'ubnd-phuong-thuan-hoa',
    ]);
    for (const task of response.body.tasks) {
      const { events } = await api.store.readStream(`task-${task.taskId}`);
      expect(events[0]).toMatchObject({
        type: 'TaskAssigned',
        data: { groupId: response.body.groupId, code: 'III.9' },
      });
    }
  });

  it('fans out once even when the request is retried with the same Idempotency-Key', async () => {
    const send = () =>
      api.http
        .post('/plans/kh-495/tasks')
        .set(asStandingOffice)
        .set('Idempotency-Key', 'fan-out-iii-9-0001')
        .send({ title: 'Hướng dẫn kỹ năng số', allCommunes: true, dueDate: '2026-09-30' });
    const first = await send().expect(201);
    const retry = await send().expect(201);
    expect(retry.body).toEqual(first.body);
    const all = await api.store.readAll({ filter: { eventTypes: ['TaskAssigned'] } });
    expect(all.events).toHaveLength(1 + COMMUNES.length);
  });

  it('hands the merged commune’s tasks to the surviving one: led, coordinated, and one task per group', async () => {
    const fanOut = await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({ title: 'Phổ cập kỹ năng số', allCommunes: true, dueDate: '2026-09-30' })
      .expect(201);
    const groupTaskOf = (agencyId: string) =>
      fanOut.body.tasks.find((t: { leadAgencyId: string }) => t.leadAgencyId === agencyId).taskId as string;
    const assign = (body: object) =>
      api.http
        .post('/plans/kh-495/tasks')
        .set(asStandingOffice)
        .send({ title: 'Nhiệm vụ', dueDate: '2026-09-30', ...body })
        .expect(201);
    await assign({ taskId: 'kh-495-led', leadAgencyId: 'ubnd-phuong-phu-xuan' });
    await assign({
      taskId: 'kh-495-coordinated',
      leadAgencyId: 'so-y-te',
      coordinatingAgencyIds: ['ubnd-phuong-phu-xuan'],
    });

    const merge = await api.http
      .post('/agencies/merges')
      .set(asAdmin)
      .send({
        targetAgencyId: 'ubnd-phuong-thuan-hoa',
        mergedAgencyIds: ['ubnd-phuong-phu-xuan'],
        effectiveOn: '2026-07-01',
        decisionRef: 'Nghị quyết số 1675/NQ-UBTVQH15',
      })
      .expect(201);
    const ids = (list: { taskId: string }[]) => list.map((t) => t.taskId);
    expect(ids(merge.body.reassignedTasks)).toEqual(['kh-495-led']);
    expect(ids(merge.body.coordinationMerged)).toEqual(['kh-495-coordinated']);
    expect(ids(merge.body.duplicatesClosed)).toEqual([groupTaskOf('ubnd-phuong-phu-xuan')]);

    const led = await api.http.get('/tasks/kh-495-led').set(asStandingOffice).expect(200);
    expect(led.body).toMatchObject({ leadAgencyId: 'ubnd-phuong-thuan-hoa', acknowledged: false });
    const { events } = await api.store.readStream('task-kh-495-led');
    expect(events.at(-1)).toMatchObject({
      type: 'TaskReassigned',
      data: {
        cause: 'agency_merger',
        fromAgencyId: 'ubnd-phuong-phu-xuan',
        reason: 'Sáp nhập UBND phường Phú Xuân vào UBND phường Thuận Hóa theo Nghị quyết số 1675/NQ-UBTVQH15',
      },
    });
    const coordinated = await api.http.get('/tasks/kh-495-coordinated').set(asStandingOffice).expect(200);
    expect(coordinated.body.coordinatingAgencyIds).toEqual(['ubnd-phuong-thuan-hoa']);
    const duplicate = await api.http
      .get(`/tasks/${groupTaskOf('ubnd-phuong-phu-xuan')}`)
      .set(asStandingOffice)
      .expect(200);
    expect(duplicate.body.status).toBe('cancelled');
    const kept = await api.http
      .get(`/tasks/${groupTaskOf('ubnd-phuong-thuan-hoa')}`)
      .set(asStandingOffice)
      .expect(200);
    expect(kept.body.status).toBe('assigned');

    // The audit trail says why the duplicate was closed, naming the communes.
    await projectReadModels(api);
    const audit = await api.http
      .get(`/audit?taskId=${groupTaskOf('ubnd-phuong-phu-xuan')}`)
      .set(asStandingOffice)
      .expect(200);
    expect(audit.body.items[0].summary).toMatch(
      /hủy .* vì trùng nhiệm vụ cùng đợt giao sau sáp nhập, lý do: "Sáp nhập UBND phường Phú Xuân vào UBND phường Thuận Hóa/,
    );

    const retired = await api.http.get('/agencies/ubnd-phuong-phu-xuan').set(asStandingOffice).expect(200);
    expect(retired.body).toMatchObject({ active: false, mergedIntoAgencyId: 'ubnd-phuong-thuan-hoa' });

    // The surviving commune now acknowledges the moved task.
    const survivor = actorHeaders({
      userId: 'u-thuanhoa',
      agencyId: 'ubnd-phuong-thuan-hoa',
      role: 'officer',
    });
    await api.http.post('/tasks/kh-495-led/acknowledge').set(survivor).send({}).expect(200);
  });

  it('renames an agency keeping the previous name in its history', async () => {
    await api.http
      .post('/agencies/ubnd-xa-phu-vinh/rename')
      .set(asAdmin)
      .set('If-Match', '"1"')
      .send({ newName: 'UBND xã Phú Vinh mới', effectiveOn: '2026-07-01' })
      .expect(200);
    const { events } = await api.store.readStream('agency-ubnd-xa-phu-vinh');
    expect(events[1]).toMatchObject({
      type: 'AgencyRenamed',
      data: { previousName: 'UBND xã Phú Vinh', newName: 'UBND xã Phú Vinh mới' },
    });
  });
});
