import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';

describe('plans, indicators and amendments over HTTP', () => {
  let api: ApiTestApp;

  beforeEach(async () => {
    api = await startApiTestApp();
    await givenAssignedTask(api);
  });
  afterEach(() => api.close());

  const defineGrdpIndicator = () =>
    api.http
      .post('/plans/kh-495/indicators')
      .set(asStandingOffice)
      .send({
        indicatorId: 'kts-ty-trong-grdp',
        code: 'KTS-2',
        name: 'Tỷ trọng kinh tế số trong GRDP',
        group: 'Kinh tế số',
        unit: '%',
        direction: 'at_least',
        targets: [{ year: 2026, value: 15 }],
        responsibleAgencyId: 'so-khcn',
      });

  it('lists issued plans and shows one with its indicators', async () => {
    await defineGrdpIndicator().expect(201);
    const plans = await api.http.get('/plans').set(asStandingOffice).expect(200);
    expect(plans.body).toEqual([
      expect.objectContaining({ planId: 'kh-495', number: '495/KH-UBND', status: 'open', version: 1 }),
    ]);

    const plan = await api.http.get('/plans/kh-495').set(asStandingOffice).expect(200);
    expect(plan.body.indicators).toEqual([
      expect.objectContaining({
        indicatorId: 'kts-ty-trong-grdp',
        unit: '%',
        targets: [{ year: 2026, value: 15 }],
      }),
    ]);
    expect(plan.headers.etag).toBe('"1"');
  });

  it('serves a plan with everything it was issued with: signer, issuing authority, legal bases, summary', async () => {
    const issued = {
      number: '495/KH-UBND',
      issuedOn: '2025-12-31',
      signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
      issuingAuthority: 'UBND thành phố Huế',
      legalBases: ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'],
      summary: 'Chuyển đổi số toàn diện trên ba trụ cột: chính quyền số, kinh tế số, xã hội số.',
      period: { from: '2026-01-01', to: '2026-12-31' },
    };
    const plan = await api.http.get('/plans/kh-495').set(asStandingOffice).expect(200);
    expect(plan.body).toEqual(expect.objectContaining(issued));
    const plans = await api.http.get('/plans').set(asStandingOffice).expect(200);
    expect(plans.body[0]).toEqual(expect.objectContaining(issued));
  });

  it('records an amendment with the previous and the new target values', async () => {
    await defineGrdpIndicator().expect(201);
    const amended = await api.http
      .post('/plans/kh-495/amendments')
      .set(asStandingOffice)
      .send({
        amendmentId: 'sua-doi-2026',
        amendingDocument: {
          number: '160/KH-UBND',
          title: 'Kế hoạch sửa đổi, bổ sung',
          issuedOn: '2026-07-01',
        },
        summary: 'Cập nhật chỉ tiêu kinh tế số theo Quyết định 1033/QĐ-TTg',
        targetRevisions: [{ indicatorId: 'kts-ty-trong-grdp', year: 2026, newValue: 18 }],
      })
      .expect(201);
    expect(amended.body.amendmentId).toBe('sua-doi-2026');
    expect(amended.body.streams.map((s: { streamId: string }) => s.streamId)).toEqual([
      'plan-kh-495',
      'indicator-kts-ty-trong-grdp',
    ]);

    const { events: planEvents } = await api.store.readStream('plan-kh-495');
    expect(planEvents.at(-1)).toMatchObject({
      type: 'PlanAmended',
      data: {
        targetRevisions: [{ indicatorId: 'kts-ty-trong-grdp', year: 2026, previousValue: 15, newValue: 18 }],
      },
    });
    const { events: indicatorEvents } = await api.store.readStream('indicator-kts-ty-trong-grdp');
    expect(indicatorEvents.at(-1)).toMatchObject({
      type: 'IndicatorTargetRevised',
      data: {
        year: 2026,
        previousValue: 15,
        newValue: 18,
        amendmentId: 'sua-doi-2026',
        amendingDocumentNumber: '160/KH-UBND',
      },
      metadata: { actor: { agencyId: 'so-khcn', role: 'standing_office' } },
    });
    const indicator = await api.http
      .get('/plans/kh-495/indicators/kts-ty-trong-grdp')
      .set(asStandingOffice)
      .expect(200);
    expect(indicator.body.targets).toEqual([{ year: 2026, value: 18 }]);
  });

  it('treats a repeated amendment as a retry, not a second revision', async () => {
    await defineGrdpIndicator().expect(201);
    const amendment = {
      amendmentId: 'sua-doi-2026',
      amendingDocument: { number: '160/KH-UBND', title: 'Kế hoạch sửa đổi', issuedOn: '2026-07-01' },
      summary: 'Cập nhật chỉ tiêu',
      targetRevisions: [{ indicatorId: 'kts-ty-trong-grdp', year: 2026, newValue: 18 }],
    };
    await api.http.post('/plans/kh-495/amendments').set(asStandingOffice).send(amendment).expect(201);
    await api.http.post('/plans/kh-495/amendments').set(asStandingOffice).send(amendment).expect(201);
    expect((await api.store.readStream('indicator-kts-ty-trong-grdp')).version).toBe(2);
    expect((await api.store.readStream('plan-kh-495')).version).toBe(2);
  });

  it('reports an indicator value, refusing one out of range', async () => {
    await defineGrdpIndicator().expect(201);
    await api.http
      .post('/plans/kh-495/indicators/kts-ty-trong-grdp/values')
      .set(asStandingOffice)
      .send({ period: '2026-Q1', value: 12.5, source: 'Cục Thống kê', asOf: '2026-03-31' })
      .expect(201);
    const tooHigh = await api.http
      .post('/plans/kh-495/indicators/kts-ty-trong-grdp/values')
      .set(asStandingOffice)
      .send({ period: '2026-Q2', value: 150, source: 'Cục Thống kê', asOf: '2026-05-31' })
      .expect(422);
    expect(tooHigh.body.rule).toBe('indicator.percent_out_of_range');
  });

  it('answers 404 for an unknown plan or indicator', async () => {
    expect((await api.http.get('/plans/kh-999').set(asStandingOffice).expect(404)).body.rule).toBe(
      'plan.not_found',
    );
    await api.http.get('/plans/kh-495/indicators/nope').set(asStandingOffice).expect(404);
    const assign = await api.http
      .post('/plans/kh-999/tasks')
      .set(asStandingOffice)
      .send({ title: 'x', leadAgencyId: 'so-y-te', dueDate: '2026-12-31' })
      .expect(404);
    expect(assign.body.rule).toBe('plan.not_found');
  });

  it('refuses a task for an agency that is not registered', async () => {
    const response = await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({ title: 'Nhiệm vụ', leadAgencyId: 'so-khong-ton-tai', dueDate: '2026-12-31' })
      .expect(422);
    expect(response.body.rule).toBe('task.agency_unknown');
  });

  it('refuses to amend a closed plan', async () => {
    await api.http
      .post('/plans/kh-495/close')
      .set(asStandingOffice)
      .send({ reason: 'Hết kỳ', closedOn: '2026-12-31' })
      .expect(200);
    const response = await api.http
      .post('/plans/kh-495/amendments')
      .set(asStandingOffice)
      .send({
        amendingDocument: { number: '160/KH-UBND', title: 'Sửa đổi', issuedOn: '2027-01-05' },
        summary: 's',
        targetRevisions: [],
      })
      .expect(409);
    expect(response.body.rule).toBe('plan.closed');
  });
});
