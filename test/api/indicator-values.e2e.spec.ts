import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { actorHeaders } from '../support/access-tokens';
import { asFinance, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

/** An officer of Sở Khoa học và Công nghệ, the agency responsible for the indicator (not the standing office role). */
const SCIENCE_OFFICER = { userId: 'u-canbo-khcn', agencyId: 'so-khcn', role: 'officer' };
const asScienceOfficer = actorHeaders(SCIENCE_OFFICER);
const VALUES = '/plans/kh-495/indicators/kts-ty-trong-grdp/values';

describe('KPI values over HTTP: reported by the responsible agency, reviewed by the standing office', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    // 1 June 2026 in Huế: five months of the year are gone.
    api = await startApiTestApp();
    await givenAssignedTask(api);
    await api.http
      .post('/plans/kh-495/indicators')
      .set(asStandingOffice)
      .send({
        indicatorId: 'kts-ty-trong-grdp',
        name: 'Tỷ trọng kinh tế số trong GRDP',
        unit: '%',
        direction: 'at_least',
        targets: [{ year: 2026, value: 15 }],
        responsibleAgencyId: 'so-khcn',
      })
      .expect(201);
  });
  afterAll(() => api.close());

  const scoreOf = async () => {
    await projectReadModels(api);
    const board = await api.http.get('/dashboard/indicators?year=2026').set(asStandingOffice).expect(200);
    return board.body.indicators.find(
      (indicator: { indicatorId: string }) => indicator.indicatorId === 'kts-ty-trong-grdp',
    );
  };

  it('refuses a value from an agency that is not responsible for the indicator', async () => {
    const refused = await api.http
      .post(VALUES)
      .set(asFinance)
      .send({ period: '2026-Q1', value: 4, source: 'Sở Tài chính', asOf: '2026-03-31' })
      .expect(403);
    expect(refused.body.rule).toBe('auth.forbidden');
  });

  it('takes the responsible agency’s value as pending: it does not count yet', async () => {
    await api.http
      .post(VALUES)
      .set(asScienceOfficer)
      .send({
        reportId: 'q1',
        period: '2026-Q1',
        value: 3,
        source: 'Cục Thống kê thành phố Huế',
        evidenceNote: 'Báo cáo số 12/BC-SKHCN ngày 05/4/2026',
        asOf: '2026-03-31',
      })
      .expect(201);
    const score = await scoreOf();
    expect(score).toMatchObject({
      target: 15,
      latest: null,
      achieved: null,
      progress: { status: 'no_data' },
      openReports: [
        {
          reportId: 'q1',
          status: 'pending',
          value: 3,
          evidenceNote: 'Báo cáo số 12/BC-SKHCN ngày 05/4/2026',
          reportedByAgencyName: 'Sở Khoa học và Công nghệ',
        },
      ],
    });
  });

  it('lets only the standing office confirm or return a value', async () => {
    await api.http.post(`${VALUES}/q1/confirm`).set(asScienceOfficer).send({}).expect(403);
    await api.http.post(`${VALUES}/q1/return`).set(asFinance).send({ reason: 'Sai' }).expect(403);
  });

  it('returns a value with a reason, tells the responsible agency, and takes a new report of the period', async () => {
    const noReason = await api.http.post(`${VALUES}/q1/return`).set(asStandingOffice).send({}).expect(400);
    expect(noReason.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'reason' })]),
    );
    await api.http
      .post(`${VALUES}/q1/return`)
      .set(asStandingOffice)
      .send({ reason: 'Chưa khớp số liệu của Cục Thống kê' })
      .expect(200);
    const twice = await api.http.post(`${VALUES}/q1/confirm`).set(asStandingOffice).send({}).expect(409);
    expect(twice.body.rule).toBe('indicator.report_already_returned');

    await projectReadModels(api);
    const notifications = await api.http.get('/notifications').set(asScienceOfficer).expect(200);
    expect(notifications.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'indicator.value_returned',
          taskId: null,
          title: 'Số liệu quý I/2026 của chỉ tiêu "Tỷ trọng kinh tế số trong GRDP" bị trả lại',
          body: expect.stringContaining('Chưa khớp số liệu của Cục Thống kê'),
        }),
      ]),
    );
    expect((await scoreOf()).openReports).toMatchObject([
      { reportId: 'q1', status: 'returned', returnReason: 'Chưa khớp số liệu của Cục Thống kê' },
    ]);

    await api.http
      .post(VALUES)
      .set(asScienceOfficer)
      .send({
        reportId: 'q1-lan-2',
        period: '2026-Q1',
        value: 3.5,
        source: 'Cục Thống kê',
        asOf: '2026-03-31',
      })
      .expect(201);
    const superseded = await api.http.post(`${VALUES}/q1/confirm`).set(asStandingOffice).send({}).expect(409);
    expect(superseded.body.rule).toBe('indicator.report_superseded');
    expect((await scoreOf()).openReports).toMatchObject([{ reportId: 'q1-lan-2', status: 'pending' }]);
  });

  it('counts a confirmed value on the scoreboard, with its status against the year target', async () => {
    await api.http
      .post(`${VALUES}/q1-lan-2/confirm`)
      .set(asStandingOffice)
      .send({ note: 'Khớp' })
      .expect(200);
    const again = await api.http
      .post(`${VALUES}/q1-lan-2/confirm`)
      .set(asStandingOffice)
      .send({})
      .expect(409);
    expect(again.body.rule).toBe('indicator.report_already_confirmed');
    // 3.5 after a quarter, against the path 15 × 90/365 ≈ 3.7: within 10% below it, at risk.
    expect(await scoreOf()).toMatchObject({
      latest: { reportId: 'q1-lan-2', period: '2026-Q1', value: 3.5 },
      achieved: false,
      progress: { status: 'at_risk', final: false },
      openReports: [],
    });
    const settled = await api.http
      .post(VALUES)
      .set(asScienceOfficer)
      .send({ reportId: 'q1-lan-3', period: '2026-Q1', value: 4, source: 'Cục Thống kê', asOf: '2026-03-31' })
      .expect(409);
    expect(settled.body.rule).toBe('indicator.period_already_confirmed');
  });

  it('lets the standing office report for another agency only with a reason', async () => {
    await api.http
      .post('/plans/kh-495/indicators')
      .set(asStandingOffice)
      .send({
        indicatorId: 'dn-so-hoa',
        name: 'Tỷ lệ doanh nghiệp nộp thuế điện tử',
        unit: '%',
        direction: 'at_least',
        targets: [{ year: 2026, value: 80 }],
        responsibleAgencyId: 'so-tai-chinh',
      })
      .expect(201);
    const report = { period: '2026-05', value: 85, source: 'Cục Thuế', asOf: '2026-05-31' };
    const noReason = await api.http
      .post('/plans/kh-495/indicators/dn-so-hoa/values')
      .set(asStandingOffice)
      .send(report)
      .expect(422);
    expect(noReason.body.rule).toBe('indicator.on_behalf_reason_required');
    await api.http
      .post('/plans/kh-495/indicators/dn-so-hoa/values')
      .set(asStandingOffice)
      .send({ ...report, onBehalfReason: 'Sở Tài chính chưa có cán bộ cập nhật' })
      .expect(201);
    // The agency responsible reports its own without any reason.
    await api.http
      .post('/plans/kh-495/indicators/dn-so-hoa/values')
      .set(asFinance)
      .send({ ...report, period: '2026-04', asOf: '2026-04-30' })
      .expect(201);
  });
});
