import { FixedClock } from '@giaoviec/kernel';
import { DirectoryProjection } from '../directory/directory.projection';
import { TestEventLog } from '../testing/event-log';
import {
  directoryHistory,
  officerOf,
  PLAN_ID,
  SO_KHCN,
  SO_TAI_CHINH,
  STANDING,
} from '../testing/hue-fixtures';
import { ProjectionTestBed } from '../testing/projection-test-bed';
import { IndicatorsProjection } from './indicators.projection';
import { IndicatorQueries } from './indicators.queries';

describe('KPI scoreboard (rm_indicators...) — GET /dashboard/indicators', () => {
  let bed: ProjectionTestBed;
  let clock: FixedClock;
  let queries: IndicatorQueries;
  const log = new TestEventLog();

  const defined = (indicatorId: string, name: string, direction: string, targets: object[], code: string) =>
    log.indicator(
      'IndicatorDefined',
      {
        indicatorId,
        planId: PLAN_ID,
        code,
        name,
        group: 'Kinh tế số',
        unit: '%',
        direction,
        targets,
        responsibleAgencyId: SO_KHCN,
      },
      { actor: STANDING },
    );
  const reported = (indicatorId: string, reportId: string, period: string, value: number, asOf: string) =>
    log.indicator(
      'IndicatorValueReported',
      {
        indicatorId,
        reportId,
        period,
        value,
        source: `Báo cáo ${period}`,
        reportedByAgencyId: SO_TAI_CHINH,
        asOf,
      },
      { actor: officerOf(SO_TAI_CHINH) },
    );
  const confirmed = (indicatorId: string, reportId: string, period: string, value: number) =>
    log.indicator(
      'IndicatorValueConfirmed',
      { indicatorId, reportId, period, value },
      { actor: STANDING, occurredAt: '2026-07-01T02:00:00.000Z' },
    );
  /** Reported, then confirmed by the standing office: it counts. */
  const counted = (indicatorId: string, reportId: string, period: string, value: number, asOf: string) => [
    reported(indicatorId, reportId, period, value, asOf),
    confirmed(indicatorId, reportId, period, value),
  ];

  const amendment = log.plan(
    'PlanAmended',
    {
      planId: PLAN_ID,
      amendmentId: 'amend-160',
      amendingDocument: { number: '160/KH-UBND', title: 'Kế hoạch sửa đổi, bổ sung', issuedOn: '2026-05-20' },
      summary: 'Điều chỉnh chỉ tiêu kinh tế số',
      targetRevisions: [{ indicatorId: 'kts-1', year: 2026, previousValue: 15, newValue: 18 }],
    },
    { actor: STANDING, occurredAt: '2026-05-21T02:00:00.000Z' },
  );
  const history = [
    ...directoryHistory(log),
    defined(
      'kts-1',
      'Tỷ trọng kinh tế số trong GRDP',
      'at_least',
      [
        { year: 2026, value: 15 },
        { year: 2027, value: 20 },
      ],
      'KTS-1',
    ),
    defined('cqs-2', 'Tỷ lệ hồ sơ giấy còn tồn đọng', 'at_most', [{ year: 2026, value: 10 }], 'CQS-2'),
    amendment,
    log.indicator(
      'IndicatorTargetRevised',
      {
        indicatorId: 'kts-1',
        planId: PLAN_ID,
        year: 2026,
        previousValue: 15,
        newValue: 18,
        amendmentId: 'amend-160',
        amendingDocumentNumber: '160/KH-UBND',
      },
      { actor: STANDING, occurredAt: '2026-05-21T02:00:00.000Z' },
    ),
    ...counted('kts-1', 'r1', '2026-Q1', 12, '2026-03-31'),
    ...counted('kts-1', 'r2', '2026-H1', 17.5, '2026-06-30'),
    ...counted('kts-1', 'r3', '2026-Q2', 16, '2026-06-30'),
    ...counted('kts-1', 'r-2025', '2025', 30, '2025-12-31'),
    ...counted('cqs-2', 'r4', '2026-06', 8, '2026-06-30'),
  ];

  beforeAll(async () => {
    bed = await ProjectionTestBed.start([new DirectoryProjection(), new IndicatorsProjection()]);
    clock = new FixedClock(new Date('2026-07-10T02:00:00.000Z'));
    queries = new IndicatorQueries(bed.store, clock);
    await bed.given(history);
  });
  afterAll(() => bed.stop());

  it("scores each indicator's latest value of the year against its revised target, with the revision history", async () => {
    const board = await queries.scoreboard({});
    expect(board.year).toBe(2026);
    expect(board.indicators.map((indicator) => indicator.indicatorId)).toEqual(['cqs-2', 'kts-1']);
    expect(board.indicators[1]).toEqual({
      indicatorId: 'kts-1',
      planId: PLAN_ID,
      planNumber: '495/KH-UBND',
      code: 'KTS-1',
      name: 'Tỷ trọng kinh tế số trong GRDP',
      group: 'Kinh tế số',
      unit: '%',
      direction: 'at_least',
      responsibleAgencyId: SO_KHCN,
      responsibleAgencyName: 'Sở Khoa học và Công nghệ',
      target: 18,
      // Q2 and H1 both end on 30/06: the later of the two in the log wins.
      latest: {
        reportId: 'r3',
        period: '2026-Q2',
        value: 16,
        asOf: '2026-06-30',
        source: 'Báo cáo 2026-Q2',
        evidenceNote: null,
        reportedByAgencyId: SO_TAI_CHINH,
        confirmedAt: '2026-07-01T02:00:00.000Z',
      },
      achieved: false,
      // Half a year gone: the path stands at 18 × 181/365 ≈ 8.9, which 16 passes.
      progress: { status: 'on_track', yearElapsed: 181 / 365, expected: (18 * 181) / 365, final: false },
      openReports: [],
      targets: [
        { year: 2026, value: 18, originalValue: 15 },
        { year: 2027, value: 20, originalValue: 20 },
      ],
      revisions: [
        {
          year: 2026,
          previousValue: 15,
          newValue: 18,
          amendmentId: 'amend-160',
          amendingDocumentNumber: '160/KH-UBND',
          amendingDocumentTitle: 'Kế hoạch sửa đổi, bổ sung',
          amendingDocumentIssuedOn: '2026-05-20',
          occurredAt: '2026-05-21T02:00:00.000Z',
          recordedAt: '2026-05-21T02:00:00.000Z',
        },
      ],
    });
    expect(board.indicators[0]).toMatchObject({
      indicatorId: 'cqs-2',
      direction: 'at_most',
      target: 10,
      latest: { value: 8, period: '2026-06' },
      achieved: true,
      revisions: [],
    });
  });

  it('scores another year on request, and says nothing is known for a year without values or targets', async () => {
    const past = await queries.scoreboard({ year: 2025 });
    expect(past.indicators.find((i) => i.indicatorId === 'kts-1')).toMatchObject({
      target: null,
      latest: { value: 30, period: '2025' },
      achieved: null,
    });
    const next = await queries.scoreboard({ year: 2027, planId: PLAN_ID });
    expect(next.indicators.find((i) => i.indicatorId === 'kts-1')).toMatchObject({
      target: 20,
      latest: null,
      achieved: null,
    });
    expect((await queries.scoreboard({ planId: 'other-plan' })).indicators).toEqual([]);
  });

  it('defaults to the current year in Huế', async () => {
    clock.set(new Date('2026-12-31T17:00:00.000Z')); // 01/01/2027 in Huế
    expect((await queries.scoreboard({})).year).toBe(2027);
    clock.set(new Date('2026-07-10T02:00:00.000Z'));
  });

  it('changes nothing when the events are applied again, even an older revision after a newer one', async () => {
    const later = log.indicator(
      'IndicatorTargetRevised',
      {
        indicatorId: 'kts-1',
        planId: PLAN_ID,
        year: 2026,
        previousValue: 18,
        newValue: 20,
        amendmentId: 'amend-200',
        amendingDocumentNumber: '200/KH-UBND',
      },
      { actor: STANDING },
    );
    await bed.given([later]);
    const once = await bed.snapshot();
    await bed.given(history);
    expect(await bed.snapshot()).toEqual(once);
    expect((await queries.scoreboard({})).indicators[1]).toMatchObject({ target: 20, achieved: false });
  });

  it('scores an indicator whose original targets are not recorded, revised by a document without a number', async () => {
    const planId = 'kh-284';
    await bed.given([
      log.plan(
        'PlanIssued',
        {
          planId,
          number: null,
          title: 'Kế hoạch kinh tế số',
          issuedOn: null,
          signer: null,
          issuingAuthority: 'UBND thành phố Huế',
          period: { from: '2026-01-01', to: '2030-12-31' },
          legalBases: [],
          standingAgencyId: SO_KHCN,
        },
        { actor: STANDING },
      ),
      log.indicator(
        'IndicatorDefined',
        {
          indicatorId: 'kts-grdp',
          planId,
          name: 'Tỷ trọng kinh tế số trong GRDP',
          unit: '%',
          direction: 'at_least',
          targets: [],
          responsibleAgencyId: SO_KHCN,
        },
        { actor: STANDING },
      ),
      log.plan(
        'PlanAmended',
        {
          planId,
          amendmentId: 'sua-doi',
          amendingDocument: { number: null, title: 'Kế hoạch sửa đổi', issuedOn: null },
          summary: 'Cập nhật chỉ tiêu',
          targetRevisions: [{ indicatorId: 'kts-grdp', year: 2026, previousValue: null, newValue: 18 }],
        },
        { actor: STANDING },
      ),
      log.indicator(
        'IndicatorTargetRevised',
        {
          indicatorId: 'kts-grdp',
          planId,
          year: 2026,
          previousValue: null,
          newValue: 18,
          amendmentId: 'sua-doi',
          amendingDocumentNumber: null,
        },
        { actor: STANDING },
      ),
    ]);
    const board = await queries.scoreboard({ planId, year: 2026 });
    expect(board.indicators).toHaveLength(1);
    expect(board.indicators[0]).toMatchObject({
      planNumber: null,
      target: 18,
      targets: [{ year: 2026, value: 18, originalValue: null }],
      revisions: [
        {
          year: 2026,
          previousValue: null,
          newValue: 18,
          amendingDocumentNumber: null,
          amendingDocumentTitle: 'Kế hoạch sửa đổi',
          amendingDocumentIssuedOn: null,
        },
      ],
    });
    expect((await queries.scoreboard({ planId, year: 2030 })).indicators[0]).toMatchObject({
      target: null,
      achieved: null,
    });
  });

  describe('values under review', () => {
    const q3 = (reportId: string, value: number, extra: object = {}) =>
      log.indicator(
        'IndicatorValueReported',
        {
          indicatorId: 'cqs-2',
          reportId,
          period: '2026-Q3',
          value,
          source: 'Báo cáo quý III',
          reportedByAgencyId: SO_KHCN,
          asOf: '2026-07-05',
          evidenceNote: 'Báo cáo số 45/BC-SKHCN',
          ...extra,
        },
        { actor: STANDING },
      );

    it('scores only confirmed values, lists the pending and returned ones, and drops a report once superseded', async () => {
      const first = q3('q3-a', 2);
      await bed.given([first]);
      let board = (await queries.scoreboard({})).indicators[0];
      // The pending Q3 value does not count: June's confirmed 8 is still the latest.
      expect(board).toMatchObject({ latest: { reportId: 'r4', value: 8 }, progress: { status: 'on_track' } });
      expect(board.openReports).toEqual([
        {
          reportId: 'q3-a',
          period: '2026-Q3',
          value: 2,
          asOf: '2026-07-05',
          source: 'Báo cáo quý III',
          evidenceNote: 'Báo cáo số 45/BC-SKHCN',
          reportedByAgencyId: SO_KHCN,
          reportedByAgencyName: 'Sở Khoa học và Công nghệ',
          onBehalfReason: null,
          status: 'pending',
          returnReason: null,
          reportedAt: expect.any(String),
        },
      ]);

      const returned = log.indicator(
        'IndicatorValueReturned',
        {
          indicatorId: 'cqs-2',
          reportId: 'q3-a',
          period: '2026-Q3',
          responsibleAgencyId: SO_KHCN,
          reason: 'Thiếu số liệu tháng 9',
        },
        { actor: STANDING },
      );
      await bed.given([returned]);
      board = (await queries.scoreboard({})).indicators[0];
      expect(board.openReports).toMatchObject([
        { reportId: 'q3-a', status: 'returned', returnReason: 'Thiếu số liệu tháng 9' },
      ]);

      const again = q3('q3-b', 11, { supersedesReportId: 'q3-a' });
      await bed.given([again]);
      board = (await queries.scoreboard({})).indicators[0];
      expect(board.openReports).toMatchObject([{ reportId: 'q3-b', status: 'pending', returnReason: null }]);

      const confirmation = log.indicator(
        'IndicatorValueConfirmed',
        { indicatorId: 'cqs-2', reportId: 'q3-b', period: '2026-Q3', value: 11 },
        { actor: STANDING },
      );
      await bed.given([confirmation]);
      board = (await queries.scoreboard({})).indicators[0];
      // 11 against a ceiling of 10, in September: within 10% over it, at risk.
      expect(board).toMatchObject({
        latest: { reportId: 'q3-b', value: 11, period: '2026-Q3' },
        achieved: false,
        progress: { status: 'at_risk', final: false },
        openReports: [],
      });

      // Applied again, in any order, nothing moves.
      const once = await bed.snapshot();
      await bed.given([again, confirmation, returned, first]);
      expect(await bed.snapshot()).toEqual(once);
    });
  });
});
