import { FixedClock } from '@giaoviec/kernel';
import { DirectoryProjection } from '../directory/directory.projection';
import { TestEventLog } from '../testing/event-log';
import {
  directoryHistory,
  OTHER_PLAN_ID,
  PHUONG_PHU_XUAN,
  PHUONG_THUAN_HOA,
  PLAN_ID,
  SO_TAI_CHINH,
  SO_Y_TE,
  TaskEvents,
} from '../testing/hue-fixtures';
import { ProjectionTestBed } from '../testing/projection-test-bed';
import { TaskListProjection } from '../task-list/task-list.projection';
import { DashboardQueries, type CategoryCounts } from './dashboard.queries';

const counts = (partial: Partial<CategoryCounts>): CategoryCounts => {
  const all = {
    not_acknowledged: 0,
    in_progress_on_time: 0,
    in_progress_overdue: 0,
    completed_on_time: 0,
    completed_late: 0,
    cancelled: 0,
    overdue: 0,
    ...partial,
  };
  const total =
    all.not_acknowledged +
    all.in_progress_on_time +
    all.in_progress_overdue +
    all.completed_on_time +
    all.completed_late +
    all.cancelled;
  // Without extensions both judgements agree with completed_on_time.
  return {
    extended: 0,
    extensions_granted: 0,
    completed_on_time_in_force: all.completed_on_time,
    completed_on_time_original: all.completed_on_time,
    ...all,
    total,
  };
};

/** The dashboards read the task list's rows (rm_tasks, rm_task_groups) and the directory's names. */
describe('Steering Committee dashboards — GET /dashboard/agencies, GET /dashboard/plans/:planId', () => {
  let bed: ProjectionTestBed;
  let clock: FixedClock;
  let queries: DashboardQueries;
  let tasks: TaskEvents;

  beforeAll(async () => {
    bed = await ProjectionTestBed.start([new DirectoryProjection(), new TaskListProjection()]);
    clock = new FixedClock(new Date('2026-07-10T02:00:00.000Z'));
    queries = new DashboardQueries(bed.store, clock);
    const log = new TestEventLog();
    tasks = new TaskEvents(log);
    await bed.given(directoryHistory(log));
    await bed.given([
      // Sở Tài chính: one of each category in plan 495, section III.1 and II.2.
      tasks.assigned('tc-not-ack', { code: 'III.1.1', dueDate: '2026-06-30' }),
      tasks.assigned('tc-on-time', {
        code: 'III.1.2',
        dueDate: '2026-07-31',
        coordinatingAgencyIds: [SO_Y_TE],
      }),
      tasks.acknowledged('tc-on-time', SO_TAI_CHINH),
      tasks.assigned('tc-overdue', { code: 'III.1.3', dueDate: '2026-07-09' }),
      tasks.acknowledged('tc-overdue', SO_TAI_CHINH),
      tasks.assigned('tc-done', { code: 'II.2', dueDate: '2026-07-31' }),
      tasks.acknowledged('tc-done', SO_TAI_CHINH),
      tasks.completed('tc-done', SO_TAI_CHINH, '2026-07-01', '2026-07-31'),
      tasks.assigned('tc-late', { code: 'II.2.1', dueDate: '2026-06-15' }),
      tasks.acknowledged('tc-late', SO_TAI_CHINH),
      tasks.completed('tc-late', SO_TAI_CHINH, '2026-06-20', '2026-06-15'),
      tasks.accepted('tc-late'),
      tasks.assigned('tc-cancelled', { code: null, dueDate: '2026-06-01' }),
      tasks.cancelled('tc-cancelled'),
      // Sở Y tế: one task in the other plan.
      tasks.assigned('yt-1', {
        code: 'I.1',
        leadAgencyId: SO_Y_TE,
        planId: OTHER_PLAN_ID,
        dueDate: '2026-08-01',
      }),
      // All communes: a fan-out group of two, one done.
      tasks.assigned('grp-th', {
        code: 'III.5',
        leadAgencyId: PHUONG_THUAN_HOA,
        groupId: 'grp-1',
        title: 'Phổ cập kỹ năng số',
      }),
      tasks.assigned('grp-px', {
        code: 'III.5',
        leadAgencyId: PHUONG_PHU_XUAN,
        groupId: 'grp-1',
        title: 'Phổ cập kỹ năng số',
      }),
      tasks.acknowledged('grp-th', PHUONG_THUAN_HOA),
      tasks.completed('grp-th', PHUONG_THUAN_HOA, '2026-06-25', '2026-06-30'),
    ]);
  });
  afterAll(() => bed.stop());

  it('counts each lead agency in the categories of the reports', async () => {
    const dashboard = await queries.byAgency({});
    expect(dashboard.today).toBe('2026-07-10');
    expect(dashboard.agencies).toEqual([
      {
        agencyId: SO_TAI_CHINH,
        agencyName: 'Sở Tài chính',
        shortName: null,
        kind: 'department',
        counts: counts({
          not_acknowledged: 1,
          in_progress_on_time: 1,
          in_progress_overdue: 1,
          completed_on_time: 1,
          completed_late: 1,
          cancelled: 1,
          overdue: 2,
        }),
      },
      {
        agencyId: SO_Y_TE,
        agencyName: 'Sở Y tế',
        shortName: null,
        kind: 'department',
        counts: counts({ in_progress_on_time: 0, not_acknowledged: 1 }),
      },
      {
        agencyId: PHUONG_PHU_XUAN,
        agencyName: 'UBND phường Phú Xuân',
        shortName: null,
        kind: 'commune',
        counts: counts({ not_acknowledged: 1, overdue: 1 }),
      },
      {
        agencyId: PHUONG_THUAN_HOA,
        agencyName: 'UBND phường Thuận Hóa',
        shortName: null,
        kind: 'commune',
        counts: counts({ completed_on_time: 1 }),
      },
    ]);
    expect(dashboard.totals).toEqual(
      counts({
        not_acknowledged: 3,
        in_progress_on_time: 1,
        in_progress_overdue: 1,
        completed_on_time: 2,
        completed_late: 1,
        cancelled: 1,
        overdue: 3,
      }),
    );
  });

  it('filters by plan, agency and kind, and narrows an agency to its own row', async () => {
    expect((await queries.byAgency({ planId: OTHER_PLAN_ID })).agencies.map((a) => a.agencyId)).toEqual([
      SO_Y_TE,
    ]);
    expect((await queries.byAgency({ kind: 'commune' })).agencies.map((a) => a.agencyId)).toEqual([
      PHUONG_PHU_XUAN,
      PHUONG_THUAN_HOA,
    ]);
    const own = await queries.byAgency({ scopeAgencyIds: [SO_Y_TE] });
    expect(own.agencies.map((a) => a.agencyId)).toEqual([SO_Y_TE]);
    expect(own.totals.total).toBe(1);
  });

  it('breaks a plan down by section of its numbering, by agency, and shows fan-out groups as "1 of 2 done"', async () => {
    const dashboard = await queries.byPlan(PLAN_ID, {});
    expect(dashboard.plan).toEqual({
      planId: PLAN_ID,
      number: '495/KH-UBND',
      title: 'Kế hoạch chuyển đổi số năm 2026',
      status: 'issued',
      issuedOn: '2025-12-31',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    });
    expect(dashboard.sections).toEqual([
      { section: 'II.2', counts: counts({ completed_on_time: 1, completed_late: 1 }) },
      {
        section: 'III.1',
        counts: counts({ not_acknowledged: 1, in_progress_on_time: 1, in_progress_overdue: 1, overdue: 2 }),
      },
      { section: 'III.5', counts: counts({ not_acknowledged: 1, completed_on_time: 1, overdue: 1 }) },
      { section: null, counts: counts({ cancelled: 1 }) },
    ]);
    expect(dashboard.totals.total).toBe(8);
    expect(dashboard.agencies.map((a) => [a.agencyId, a.counts.total])).toEqual([
      [SO_TAI_CHINH, 6],
      [PHUONG_PHU_XUAN, 1],
      [PHUONG_THUAN_HOA, 1],
    ]);
    expect(dashboard.groups).toEqual([
      {
        groupId: 'grp-1',
        code: 'III.5',
        title: 'Phổ cập kỹ năng số',
        done: 1,
        total: 2,
        overdue: 1,
        cancelled: 0,
      },
    ]);

    const bySection = await queries.byPlan(PLAN_ID, { sectionDepth: 1 });
    expect(bySection.sections.map((s) => [s.section, s.counts.total])).toEqual([
      ['II', 2],
      ['III', 5],
      [null, 1],
    ]);
  });

  it("narrows a plan's dashboard to the tasks the agency leads or coordinates", async () => {
    const own = await queries.byPlan(PLAN_ID, { scopeAgencyIds: [SO_Y_TE] });
    expect(own.totals).toEqual(counts({ in_progress_on_time: 1 }));
    expect(own.groups).toEqual([]);
    const commune = await queries.byPlan(PLAN_ID, { scopeAgencyIds: [PHUONG_THUAN_HOA] });
    expect(commune.groups).toEqual([
      {
        groupId: 'grp-1',
        code: 'III.5',
        title: 'Phổ cập kỹ năng số',
        done: 1,
        total: 1,
        overdue: 0,
        cancelled: 0,
      },
    ]);
  });

  it('answers 404 for a plan it does not know', async () => {
    await expect(queries.byPlan('no-such-plan', {})).rejects.toMatchObject({
      rule: 'plan.not_found',
      kind: 'not_found',
    });
  });

  it('moves a task between categories as the days pass, with no new event', async () => {
    clock.set(new Date('2026-07-31T17:00:00.000Z')); // 01/08 in Huế: tc-on-time is now overdue
    const dashboard = await queries.byAgency({ agencyId: SO_TAI_CHINH });
    expect(dashboard.agencies[0].counts).toMatchObject({ in_progress_on_time: 0, in_progress_overdue: 2 });
    clock.set(new Date('2026-07-10T02:00:00.000Z'));
  });

  // Last: it adds a task.
  const READS_PER_COUNT = 3;

  it('shares one count between identical requests made together, never one begun before events a request may expect', async () => {
    const realRead = bed.store.read.bind(bed.store);
    const read = jest.spyOn(bed.store, 'read');
    const position = jest.spyOn(bed.store, 'position');
    const heldBack = () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      read.mockImplementationOnce(async (build) => {
        await gate;
        return realRead(build);
      });
      return release;
    };
    try {
      // Five requests at once; the count is held back until all five have asked.
      const releaseFirst = heldBack();
      const requests = [1, 2, 3, 4, 5].map(() => queries.byAgency({}));
      await Promise.all(position.mock.results.map((result) => result.value));
      await new Promise((resolve) => setImmediate(resolve));
      releaseFirst();
      const together = await Promise.all(requests);
      expect(position).toHaveBeenCalledTimes(5);
      expect(new Set(together.map((answer) => JSON.stringify(answer))).size).toBe(1);
      // One count is three reads: the agencies' hierarchy (to roll units up), the counts as lead, as coordinator.
      expect(read).toHaveBeenCalledTimes(READS_PER_COUNT);
      read.mockClear();

      // A count held back before its SQL runs; meanwhile a task is assigned and projected.
      const release = heldBack();
      const begunBefore = queries.byAgency({});
      await Promise.all(position.mock.results.map((result) => result.value));
      await new Promise((resolve) => setImmediate(resolve));
      await bed.given([tasks.assigned('tc-after-the-count-began', { dueDate: '2026-12-31' })], {
        advanceCheckpoint: true,
      });
      const askedAfter = queries.byAgency({});
      release();
      const [, fresh] = await Promise.all([begunBefore, askedAfter]);

      expect(read).toHaveBeenCalledTimes(2 * READS_PER_COUNT);
      expect(fresh.totals.total).toBe(together[0].totals.total + 1);
    } finally {
      read.mockRestore();
      position.mockRestore();
    }
  });

  it('counts per agency the tasks extended, the extensions granted, and completions on time against both deadlines', async () => {
    await bed.given([
      // Extended twice, completed within the last extension: on time in force, late against the original.
      tasks.assigned('dl-t1', { planId: 'kh-deadlines', leadAgencyId: SO_TAI_CHINH, dueDate: '2026-06-30' }),
      tasks.acknowledged('dl-t1', SO_TAI_CHINH),
      tasks.extensionRequested('dl-t1', '2026-06-30', '2026-07-31', '2026-06-20T03:00:00.000Z'),
      tasks.extensionGranted('dl-t1', '2026-06-30', '2026-07-31'),
      tasks.extensionRequested('dl-t1', '2026-07-31', '2026-08-31', '2026-07-20T03:00:00.000Z'),
      tasks.extensionGranted('dl-t1', '2026-07-31', '2026-08-31'),
      tasks.completed('dl-t1', SO_TAI_CHINH, '2026-08-10', '2026-08-31'),
      // Extended once, still open.
      tasks.assigned('dl-t2', { planId: 'kh-deadlines', leadAgencyId: SO_TAI_CHINH, dueDate: '2026-06-30' }),
      tasks.extensionRequested('dl-t2', '2026-06-30', '2026-07-15', '2026-06-20T03:00:00.000Z'),
      tasks.extensionGranted('dl-t2', '2026-06-30', '2026-07-15'),
      // On time both ways.
      tasks.assigned('dl-t3', { planId: 'kh-deadlines', leadAgencyId: SO_TAI_CHINH, dueDate: '2026-06-30' }),
      tasks.completed('dl-t3', SO_TAI_CHINH, '2026-06-25', '2026-06-30'),
      tasks.assigned('dl-t4', { planId: 'kh-deadlines', leadAgencyId: SO_Y_TE, dueDate: '2026-06-30' }),
    ]);
    clock.set(new Date('2026-08-15T02:00:00.000Z'));

    const dashboard = await queries.byAgency({ planId: 'kh-deadlines' });
    const row = (agencyId: string) =>
      dashboard.agencies.find((agency) => agency.agencyId === agencyId)!.counts;
    expect(row(SO_TAI_CHINH)).toMatchObject({
      total: 3,
      completed_on_time: 2,
      extended: 2,
      extensions_granted: 3,
      completed_on_time_in_force: 2,
      completed_on_time_original: 1,
    });
    expect(row(SO_Y_TE)).toMatchObject({ extended: 0, extensions_granted: 0, completed_on_time_original: 0 });
    expect(dashboard.totals).toMatchObject({
      extended: 2,
      extensions_granted: 3,
      completed_on_time_original: 1,
    });
  });
});

/** Issue 13, item 4: a department's row counts its units' tasks, and lists each unit below it. */
describe('dashboards roll units up into their department', () => {
  const CENTRE = 'tt-dich-vu-tai-chinh';
  const TEAM = 'to-thu-ngan-sach';
  let bed: ProjectionTestBed;
  let queries: DashboardQueries;

  beforeAll(async () => {
    bed = await ProjectionTestBed.start([new DirectoryProjection(), new TaskListProjection()]);
    queries = new DashboardQueries(bed.store, new FixedClock(new Date('2026-07-10T02:00:00.000Z')));
    const log = new TestEventLog();
    const tasks = new TaskEvents(log);
    const admin = { actor: { userId: 'u-admin', agencyId: 'van-phong', role: 'admin' as const } };
    await bed.given([
      ...directoryHistory(log),
      log.agency(
        'AgencyRegistered',
        {
          agencyId: CENTRE,
          name: 'Trung tâm Dịch vụ tài chính công',
          kind: 'other',
          parentAgencyId: SO_TAI_CHINH,
        },
        admin,
      ),
      log.agency(
        'AgencyRegistered',
        { agencyId: TEAM, name: 'Tổ thu ngân sách', kind: 'other', parentAgencyId: CENTRE },
        admin,
      ),
      tasks.assigned('dept-own', { dueDate: '2026-12-31' }),
      tasks.assigned('centre-overdue', { leadAgencyId: CENTRE, dueDate: '2026-06-30' }),
      tasks.assigned('team-on-time', { leadAgencyId: TEAM, dueDate: '2026-12-31' }),
      tasks.assigned('health', { leadAgencyId: SO_Y_TE, dueDate: '2026-12-31' }),
    ]);
  });
  afterAll(() => bed.stop());

  it('counts a department with its units at any depth, each unit listed with its own figures', async () => {
    const dashboard = await queries.byAgency({});
    expect(dashboard.agencies.map((row) => row.agencyId)).toEqual([SO_TAI_CHINH, SO_Y_TE]);
    const finance = dashboard.agencies[0];
    expect(finance.counts).toEqual(counts({ not_acknowledged: 3, overdue: 1 }));
    expect(finance.units?.map((unit) => [unit.agencyId, unit.counts.total])).toEqual([
      [CENTRE, 1],
      [TEAM, 1],
    ]);
    expect(dashboard.totals.total).toBe(4);
  });

  it('rolls up to the agency asked for, or to the highest agency an agency head may read', async () => {
    const centre = await queries.byAgency({ agencyId: CENTRE });
    expect(centre.agencies.map((row) => [row.agencyId, row.counts.total])).toEqual([[CENTRE, 2]]);
    const asCentreHead = await queries.byAgency({ scopeAgencyIds: [CENTRE, TEAM] });
    expect(asCentreHead.agencies.map((row) => [row.agencyId, row.counts.total])).toEqual([[CENTRE, 2]]);
    expect((await queries.byAgency({ kind: 'department' })).agencies.map((row) => row.counts.total)).toEqual([
      3, 1,
    ]);
  });

  it('rolls units up in a plan dashboard too', async () => {
    const plan = await queries.byPlan(PLAN_ID, { scopeAgencyIds: [SO_TAI_CHINH, CENTRE, TEAM] });
    expect(plan.agencies.map((row) => [row.agencyId, row.counts.total, row.units?.length])).toEqual([
      [SO_TAI_CHINH, 3, 2],
    ]);
    expect(plan.totals.total).toBe(3);
  });
});
