import { FixedClock } from '@giaoviec/kernel';
import { DirectoryProjection } from '../directory/directory.projection';
import { TestEventLog } from '../testing/event-log';
import {
  directoryHistory,
  OTHER_PLAN_ID,
  PHUONG_PHU_XUAN,
  PHUONG_THUAN_HOA,
  SO_TAI_CHINH,
  SO_Y_TE,
  STANDING,
  TaskEvents,
} from '../testing/hue-fixtures';
import { ProjectionTestBed } from '../testing/projection-test-bed';
import { TaskListProjection } from './task-list.projection';
import { TaskListQueries, type TaskListFilter } from './task-list.queries';

/** 09:00 in Huế on a day. */
const morningOf = (day: string) => new Date(`${day}T02:00:00.000Z`);

describe('task list (rm_tasks) — GET /tasks', () => {
  let bed: ProjectionTestBed;
  let clock: FixedClock;
  let queries: TaskListQueries;
  let log: TestEventLog;
  let tasks: TaskEvents;

  const list = (filter: TaskListFilter = {}) => queries.list(filter);
  const ids = async (filter: TaskListFilter = {}) => (await list(filter)).items.map((item) => item.taskId);

  beforeEach(async () => {
    bed = await ProjectionTestBed.start([new DirectoryProjection(), new TaskListProjection()]);
    clock = new FixedClock(morningOf('2026-06-15'));
    queries = new TaskListQueries(bed.store, clock);
    log = new TestEventLog();
    tasks = new TaskEvents(log);
    await bed.given(directoryHistory(log));
  });
  afterEach(() => bed.stop());

  it('lists an assigned task with its names, and its category for today', async () => {
    await bed.given([
      tasks.assigned('t1', {
        code: 'II.1',
        title: 'Số hóa hồ sơ thủ tục hành chính',
        leadAgencyId: SO_TAI_CHINH,
        coordinatingAgencyIds: [SO_Y_TE],
        dueDate: '2026-06-30',
        dueDateIsPeriodEnd: true,
      }),
    ]);

    expect(await list()).toEqual({
      today: '2026-06-15',
      total: 1,
      limit: 50,
      offset: 0,
      nextCursor: null,
      items: [
        {
          taskId: 't1',
          planId: 'kh-495',
          planNumber: '495/KH-UBND',
          code: 'II.1',
          title: 'Số hóa hồ sơ thủ tục hành chính',
          leadAgencyId: SO_TAI_CHINH,
          leadAgencyName: 'Sở Tài chính',
          coordinatingAgencyIds: [SO_Y_TE],
          coordinators: [
            {
              agencyId: SO_Y_TE,
              state: 'not_acknowledged',
              lastContributionOn: null,
              contributedOnTime: null,
            },
          ],
          status: 'assigned',
          acknowledged: false,
          dueDate: '2026-06-30',
          dueDateIsPeriodEnd: true,
          completedOn: null,
          category: 'not_acknowledged',
          overdue: false,
          daysOverdue: 0,
          workingDaysOverdue: 0,
          lastProgressOn: null,
          lastPercentComplete: null,
          escalationLevel: null,
          groupId: null,
          pendingExtension: null,
          periodInHand: null,
          originalDueDate: '2026-06-30',
          extensionCount: 0,
          version: 1,
        },
      ],
    });
  });

  it('turns a task due on 30/06 overdue on 01/07 in Huế, with no new event (UTC 17:00 is already the next day)', async () => {
    await bed.given([
      tasks.assigned('t1', { dueDate: '2026-06-30' }),
      tasks.acknowledged('t1', SO_TAI_CHINH),
    ]);

    clock.set(new Date('2026-06-30T16:59:59.999Z')); // 23:59:59 on 30/06 in Huế
    expect((await list()).items[0]).toMatchObject({
      category: 'in_progress_on_time',
      overdue: false,
      daysOverdue: 0,
    });
    expect(await ids({ category: 'in_progress_overdue' })).toEqual([]);
    expect(await ids({ overdue: true })).toEqual([]);
    expect(await ids({ category: 'in_progress_on_time' })).toEqual(['t1']);

    clock.set(new Date('2026-06-30T17:00:00.000Z')); // 00:00 on 01/07 in Huế
    expect(await list()).toMatchObject({
      today: '2026-07-01',
      items: [
        {
          taskId: 't1',
          category: 'in_progress_overdue',
          overdue: true,
          daysOverdue: 1,
          workingDaysOverdue: 1,
        },
      ],
    });
    expect(await ids({ category: 'in_progress_overdue' })).toEqual(['t1']);
    expect(await ids({ overdue: true })).toEqual(['t1']);
    expect(await ids({ overdue: false })).toEqual([]);
  });

  it('follows the life of a task: acknowledged, reported, completed late, accepted', async () => {
    await bed.given([
      tasks.assigned('t1', { dueDate: '2026-06-30' }),
      tasks.acknowledged('t1', SO_TAI_CHINH),
      tasks.progress('t1', SO_TAI_CHINH, 'Đã xây dựng dự thảo', '2026-06-20', 60),
    ]);
    expect((await list()).items[0]).toMatchObject({
      status: 'in_progress',
      acknowledged: true,
      category: 'in_progress_on_time',
      lastProgressOn: '2026-06-20',
      lastPercentComplete: 60,
      version: 3,
    });

    await bed.given([tasks.completed('t1', SO_TAI_CHINH, '2026-07-06', '2026-06-30'), tasks.accepted('t1')]);
    clock.set(morningOf('2026-08-01'));
    expect((await list()).items[0]).toMatchObject({
      status: 'accepted',
      completedOn: '2026-07-06',
      category: 'completed_late',
      overdue: false,
      daysOverdue: 6,
      workingDaysOverdue: 4, // 01/07–03/07 and Monday 06/07: the weekend not counted
      version: 5,
    });
  });

  it('judges completion against an extended deadline, and a granted extension clears the escalation', async () => {
    await bed.given([
      tasks.assigned('t1', { dueDate: '2026-06-30' }),
      tasks.acknowledged('t1', SO_TAI_CHINH),
      tasks.escalated('t1', 'standing_office', '2026-06-30', 3, '2026-07-03T02:00:00.000Z'),
    ]);
    clock.set(morningOf('2026-07-03'));
    expect((await list()).items[0]).toMatchObject({ escalationLevel: 'standing_office', daysOverdue: 3 });

    await bed.given([
      tasks.extensionGranted('t1', '2026-06-30', '2026-07-31'),
      tasks.completed('t1', SO_TAI_CHINH, '2026-07-20', '2026-07-31'),
    ]);
    expect((await list()).items[0]).toMatchObject({
      dueDate: '2026-07-31',
      escalationLevel: null,
      category: 'completed_on_time',
      daysOverdue: 0,
    });
  });

  it('lists what awaits the standing office: extension requests with their reason, completions to review', async () => {
    await bed.given([
      tasks.assigned('asks', { dueDate: '2026-06-30' }),
      tasks.acknowledged('asks', SO_TAI_CHINH),
      tasks.extensionRequested('asks', '2026-06-30', '2026-07-31', '2026-06-12T03:00:00.000Z'),
      tasks.assigned('done', { dueDate: '2026-06-30' }),
      tasks.acknowledged('done', SO_TAI_CHINH),
      tasks.completed('done', SO_TAI_CHINH, '2026-06-14', '2026-06-30'),
      tasks.assigned('working', { dueDate: '2026-06-30' }),
    ]);
    expect(await ids({ pending: 'extension' })).toEqual(['asks']);
    expect(await ids({ pending: 'review' })).toEqual(['done']);
    expect((await list({ pending: 'extension' })).items[0]).toMatchObject({
      pendingExtension: {
        requestId: 'x-asks-2026-07-31',
        requestedDueDate: '2026-07-31',
        reason: 'Chờ ý kiến thẩm định',
        requestedOn: '2026-06-12',
      },
      dueDate: '2026-06-30',
    });
    expect((await list({ pending: 'review' })).items[0]).toMatchObject({ pendingExtension: null });

    // Decided either way, or lapsed by a completion: nothing awaits any more.
    await bed.given([
      tasks.extensionRejected('asks', '2026-07-31'),
      tasks.extensionRequested('working', '2026-06-30', '2026-08-15', '2026-06-13T03:00:00.000Z'),
      tasks.returned('done'),
    ]);
    expect(await ids({ pending: 'review' })).toEqual([]);
    expect(await ids({ pending: 'extension' })).toEqual(['working']);
    await bed.given([
      tasks.acknowledged('working', SO_TAI_CHINH),
      tasks.completed('working', SO_TAI_CHINH, '2026-06-14', '2026-06-30'),
    ]);
    expect(await ids({ pending: 'extension' })).toEqual([]);
    expect(await ids({ pending: 'review' })).toEqual(['working']);
    expect((await list()).items.map((item) => item.pendingExtension)).toEqual([null, null, null]);
  });

  it('keeps a pending request across batches, and a grant in a later batch moves the deadline', async () => {
    await bed.given([
      tasks.assigned('t1', { dueDate: '2026-06-30' }),
      tasks.extensionRequested('t1', '2026-06-30', '2026-07-31', '2026-06-12T03:00:00.000Z'),
    ]);
    await bed.given([tasks.progress('t1', SO_TAI_CHINH, 'Đang làm', '2026-06-13', 20)]);
    expect((await list()).items[0].pendingExtension).toMatchObject({ requestId: 'x-t1-2026-07-31' });
    await bed.given([tasks.extensionGranted('t1', '2026-06-30', '2026-07-31')]);
    expect((await list()).items[0]).toMatchObject({ dueDate: '2026-07-31', pendingExtension: null });
  });

  it('gives a reassigned task to its new lead, to be acknowledged again', async () => {
    await bed.given([
      tasks.assigned('t1', { leadAgencyId: SO_TAI_CHINH, coordinatingAgencyIds: [SO_Y_TE] }),
      tasks.acknowledged('t1', SO_TAI_CHINH),
      tasks.reassigned('t1', SO_TAI_CHINH, SO_Y_TE),
    ]);
    expect((await list()).items[0]).toMatchObject({
      leadAgencyId: SO_Y_TE,
      leadAgencyName: 'Sở Y tế',
      coordinatingAgencyIds: [],
      status: 'assigned',
      acknowledged: false,
      category: 'not_acknowledged',
    });
    expect(await ids({ agencyId: SO_TAI_CHINH })).toEqual([]);
  });

  it('sorts by due date (tasks without one last), then by plan item number as a reader counts', async () => {
    await bed.given([
      tasks.assigned('no-date', { code: 'I.1', dueDate: null }),
      tasks.assigned('iii-10', { code: 'III.10', dueDate: '2026-09-30' }),
      tasks.assigned('iii-2', { code: 'III.2', dueDate: '2026-09-30' }),
      tasks.assigned('iv-1', { code: 'IV.1', dueDate: '2026-09-30' }),
      tasks.assigned('early', { code: 'V.1', dueDate: '2026-07-15' }),
      tasks.assigned('no-code', { code: null, dueDate: '2026-09-30' }),
    ]);
    expect(await ids()).toEqual(['early', 'iii-2', 'iii-10', 'iv-1', 'no-code', 'no-date']);
  });

  it('finds tasks by words of their code, title or plan number, without accents or case', async () => {
    await bed.given([
      tasks.assigned('ra-soat', { code: 'III.1.1', title: 'Rà soát danh mục dữ liệu dùng chung' }),
      tasks.assigned('dao-tao', { code: 'III.2', title: 'Đào tạo kỹ năng số cho cán bộ' }),
      tasks.assigned('decomposed', { code: 'IV.1', title: 'Cập nhật Đề án'.normalize('NFD') }),
      tasks.assigned('percent', { code: 'V.1', title: 'Đạt 100% hồ sơ trực tuyến' }),
    ]);
    expect(await ids({ search: 'ra soat du lieu' })).toEqual(['ra-soat']);
    expect(await ids({ search: 'RÀ SOÁT' })).toEqual(['ra-soat']);
    expect(await ids({ search: 'dao tao' })).toEqual(['dao-tao']);
    expect(await ids({ search: 'de an' })).toEqual(['decomposed']);
    expect(await ids({ search: 'III.1' })).toEqual(['ra-soat']);
    expect(await ids({ search: '100%' })).toEqual(['percent']);
    expect(await ids({ search: '%' })).toEqual(['percent']);
    expect(await ids({ search: '_' })).toEqual([]);
    expect(await ids({ search: 'ra soat dao tao' })).toEqual([]);
    expect(await ids({ search: '   ' })).toHaveLength(4);
    const planNumber = (await list()).items[0].planNumber;
    expect(planNumber).toBeTruthy();
    expect(await ids({ search: planNumber!.split('/')[0] })).toHaveLength(4);
    expect(await list({ search: 'dao tao' })).toMatchObject({ total: 1 });
  });

  it('filters by a due-date range and sorts by due date either way, by days overdue or by code', async () => {
    await bed.given([
      tasks.assigned('june-10', { code: 'II.2', dueDate: '2026-06-10' }),
      tasks.assigned('june-01', { code: 'II.10', dueDate: '2026-06-01' }),
      tasks.assigned('july', { code: 'I.1', dueDate: '2026-07-01' }),
      tasks.assigned('none', { code: 'III.1', dueDate: null }),
    ]);
    expect(await ids({ dueFrom: '2026-06-01', dueTo: '2026-06-10' })).toEqual(['june-01', 'june-10']);
    expect(await ids({ dueFrom: '2026-06-02' })).toEqual(['june-10', 'july']);
    expect(await ids({ dueTo: '2026-06-09' })).toEqual(['june-01']);
    expect(await ids({ sort: '-dueDate' })).toEqual(['july', 'june-10', 'june-01', 'none']);
    expect(await ids({ sort: 'daysOverdue' })).toEqual(['june-01', 'june-10', 'july', 'none']);
    expect(await ids({ sort: 'code' })).toEqual(['july', 'june-10', 'june-01', 'none']);
    await expect(list({ dueFrom: '2026-06-10', dueTo: '2026-06-01' })).rejects.toMatchObject({ status: 400 });
    const first = await list({ limit: 1 });
    await expect(list({ sort: 'code', cursor: first.nextCursor! })).rejects.toMatchObject({ status: 400 });
  });

  it('filters by agency (lead, coordinating or either), plan, group and category', async () => {
    await bed.given([
      tasks.assigned('a', {
        leadAgencyId: SO_TAI_CHINH,
        coordinatingAgencyIds: [SO_Y_TE],
        dueDate: '2026-07-01',
      }),
      tasks.assigned('b', { leadAgencyId: SO_Y_TE, dueDate: '2026-07-02' }),
      tasks.assigned('c', { leadAgencyId: SO_TAI_CHINH, planId: OTHER_PLAN_ID, dueDate: '2026-07-03' }),
      tasks.assigned('g1', {
        leadAgencyId: PHUONG_THUAN_HOA,
        groupId: 'grp',
        code: 'III.5',
        dueDate: '2026-07-04',
      }),
      tasks.assigned('g2', {
        leadAgencyId: PHUONG_PHU_XUAN,
        groupId: 'grp',
        code: 'III.5',
        dueDate: '2026-07-04',
      }),
      tasks.acknowledged('b', SO_Y_TE),
      tasks.cancelled('c'),
    ]);
    expect(await ids({ agencyId: SO_Y_TE })).toEqual(['a', 'b']);
    expect(await ids({ agencyId: SO_Y_TE, participation: 'lead' })).toEqual(['b']);
    expect(await ids({ agencyId: SO_Y_TE, participation: 'coordinating' })).toEqual(['a']);
    expect(await ids({ planId: OTHER_PLAN_ID })).toEqual(['c']);
    expect(await ids({ groupId: 'grp' })).toEqual(['g1', 'g2']);
    expect(await ids({ category: 'cancelled' })).toEqual(['c']);
    expect(await ids({ category: 'in_progress_on_time' })).toEqual(['b']);
    expect(await ids({ category: 'not_acknowledged', agencyId: SO_TAI_CHINH })).toEqual(['a']);
  });

  it("narrows an agency's view to the tasks it leads or coordinates", async () => {
    await bed.given([
      tasks.assigned('a', {
        leadAgencyId: SO_TAI_CHINH,
        coordinatingAgencyIds: [SO_Y_TE],
        dueDate: '2026-07-01',
      }),
      tasks.assigned('b', { leadAgencyId: SO_Y_TE, dueDate: '2026-07-02' }),
      tasks.assigned('c', { leadAgencyId: SO_TAI_CHINH, dueDate: '2026-07-03' }),
    ]);
    expect(await list({ scopeAgencyIds: [SO_Y_TE] })).toMatchObject({
      total: 2,
      items: [{ taskId: 'a' }, { taskId: 'b' }],
    });
    expect(await ids({ scopeAgencyIds: [SO_Y_TE], agencyId: SO_Y_TE, participation: 'lead' })).toEqual(['b']);
  });

  it('pages with offset and total, or with a cursor that walks every row once', async () => {
    const days = ['2026-07-05', '2026-07-01', null, '2026-07-03', '2026-07-01', '2026-07-02', null];
    await bed.given(days.map((dueDate, i) => tasks.assigned(`t${i}`, { code: `I.${i + 1}`, dueDate })));
    const all = await ids();
    expect(all).toEqual(['t1', 't4', 't5', 't3', 't0', 't2', 't6']);

    expect(await list({ limit: 3, offset: 3 })).toMatchObject({
      total: 7,
      limit: 3,
      offset: 3,
      items: [{ taskId: 't3' }, { taskId: 't0' }, { taskId: 't2' }],
    });

    const walked: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await list({ limit: 2, cursor });
      walked.push(...page.items.map((item) => item.taskId));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(walked).toEqual(all);
  });

  it('refuses a cursor it did not give out', async () => {
    await expect(list({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ status: 400 });
  });

  it('changes nothing when a batch is applied twice, or again after later events', async () => {
    const first = [
      tasks.assigned('t1', { groupId: 'grp' }),
      tasks.acknowledged('t1', SO_TAI_CHINH),
      tasks.progress('t1', SO_TAI_CHINH, 'Đang làm', '2026-06-10', 30),
    ];
    const second = [
      tasks.reminded('t1', 'overdue', '2026-06-30', '2026-07-01T01:00:00.000Z'),
      tasks.reassigned('t1', SO_TAI_CHINH, SO_Y_TE),
    ];
    await bed.given(first);
    await bed.given(second);
    const once = await bed.snapshot();
    await bed.given(first);
    await bed.given(second);
    await bed.given([...first, ...second]);
    expect(await bed.snapshot()).toEqual(once);
    expect((await list()).items).toHaveLength(1);
  });

  it('keeps the original deadline and every change of it, and judges a completion against both', async () => {
    await bed.given([
      tasks.assigned('t1', { dueDate: '2026-06-30' }),
      tasks.acknowledged('t1', SO_TAI_CHINH),
      tasks.extensionRequested('t1', '2026-06-30', '2026-07-31', '2026-06-20T03:00:00.000Z'),
      log.task(
        'ExtensionGranted',
        {
          taskId: 't1',
          requestId: 'x-t1-2026-07-31',
          previousDueDate: '2026-06-30',
          newDueDate: '2026-07-31',
          note: 'Đồng ý',
        },
        { actor: STANDING, occurredAt: '2026-06-22T03:00:00.000Z' },
      ),
      tasks.reopened('t1'),
      tasks.extensionRequested('t1', '2026-07-31', '2026-08-31', '2026-07-25T03:00:00.000Z'),
      tasks.extensionGranted('t1', '2026-07-31', '2026-08-31'),
      tasks.completed('t1', SO_TAI_CHINH, '2026-08-20', '2026-08-31'),
      tasks.assigned('t2', { dueDate: '2026-06-30' }),
      tasks.completed('t2', SO_TAI_CHINH, '2026-06-30', '2026-06-30'),
    ]);

    const [item] = (await list()).items.filter((candidate) => candidate.taskId === 't1');
    expect(item).toMatchObject({ dueDate: '2026-08-31', originalDueDate: '2026-06-30', extensionCount: 2 });
    const { rows } = await bed.db.pool.query(
      `SELECT task_id, deadline_history, completed_on_time, completed_on_time_original
         FROM ${bed.schema}.rm_tasks ORDER BY task_id`,
    );
    expect(rows[0].deadline_history).toEqual([
      {
        kind: 'extension',
        from: '2026-06-30',
        to: '2026-07-31',
        reason: 'Chờ ý kiến thẩm định',
        note: 'Đồng ý',
        byUserId: STANDING.userId,
        byAgencyId: STANDING.agencyId,
        at: '2026-06-22T03:00:00.000Z',
        on: '2026-06-22',
      },
      expect.objectContaining({ kind: 'extension', from: '2026-07-31', to: '2026-08-31', note: null }),
    ]);
    // Late against the deadline first given, on time against the one in force.
    expect(rows.map((row) => [row.task_id, row.completed_on_time, row.completed_on_time_original])).toEqual([
      ['t1', true, false],
      ['t2', true, true],
    ]);
  });

  it('counts a new deadline given on reassignment or reopening in the history, not as an extension', async () => {
    await bed.given([
      tasks.assigned('t1', { dueDate: '2026-06-30' }),
      log.task(
        'TaskReassigned',
        {
          taskId: 't1',
          fromAgencyId: SO_TAI_CHINH,
          toAgencyId: SO_Y_TE,
          reason: 'Đúng chức năng',
          cause: 'manual',
          newDueDate: '2026-07-15',
        },
        { actor: STANDING },
      ),
      tasks.completed('t1', SO_Y_TE, '2026-07-20', '2026-07-15'),
      tasks.reopened('t1', '2026-09-30'),
    ]);

    const [item] = (await list()).items;
    expect(item).toMatchObject({ dueDate: '2026-09-30', originalDueDate: '2026-06-30', extensionCount: 0 });
    const { rows } = await bed.db.pool.query(
      `SELECT deadline_history, completed_on_time, completed_on_time_original FROM ${bed.schema}.rm_tasks`,
    );
    expect(
      rows[0].deadline_history.map((change: { kind: string; reason: string }) => [
        change.kind,
        change.reason,
      ]),
    ).toEqual([
      ['reassignment', 'Đúng chức năng'],
      ['reopening', 'Tiếp tục thực hiện'],
    ]);
    // Reopened: no longer judged as completed.
    expect(rows[0]).toMatchObject({ completed_on_time: null, completed_on_time_original: null });
  });
});
