import { FixedClock } from '@giaoviec/kernel';
import { DirectoryProjection } from '../directory/directory.projection';
import { TestEventLog } from '../testing/event-log';
import { directoryHistory, OTHER_PLAN_ID, SO_TAI_CHINH, SO_Y_TE, TaskEvents } from '../testing/hue-fixtures';
import { ProjectionTestBed } from '../testing/projection-test-bed';
import { TaskListProjection } from '../task-list/task-list.projection';
import { OverdueBoardQueries } from './overdue-board.queries';

/** The overdue board reads the task list's rows (rm_tasks), written by TaskListProjection. */
describe('overdue board — GET /dashboard/overdue', () => {
  let bed: ProjectionTestBed;
  let clock: FixedClock;
  let queries: OverdueBoardQueries;
  let tasks: TaskEvents;

  beforeEach(async () => {
    bed = await ProjectionTestBed.start([new DirectoryProjection(), new TaskListProjection()]);
    clock = new FixedClock(new Date('2026-07-10T02:00:00.000Z'));
    queries = new OverdueBoardQueries(bed.store, clock);
    const log = new TestEventLog();
    tasks = new TaskEvents(log);
    await bed.given(directoryHistory(log));
    await bed.given([
      // Overdue by 10 days, acknowledged, reported, reminded and escalated.
      tasks.assigned('late-10', { code: 'II.1', title: 'Số hóa hồ sơ', dueDate: '2026-06-30' }),
      tasks.acknowledged('late-10', SO_TAI_CHINH),
      tasks.progress('late-10', SO_TAI_CHINH, 'Đã số hóa 60% hồ sơ', '2026-06-25', 60),
      tasks.reminded('late-10', 'before_due_1d', '2026-06-30', '2026-06-29T01:00:00.000Z'),
      tasks.reminded('late-10', 'overdue', '2026-06-30', '2026-07-01T01:00:00.000Z', 'in_app', ['u-1']),
      tasks.escalated('late-10', 'standing_office', '2026-06-30', 5, '2026-07-05T03:00:00.000Z'),
      // Overdue by 1 day, never acknowledged, of another agency and plan.
      tasks.assigned('late-1', {
        code: 'I.3',
        leadAgencyId: SO_Y_TE,
        planId: OTHER_PLAN_ID,
        dueDate: '2026-07-09',
      }),
      // Due today: not overdue yet.
      tasks.assigned('due-today', { code: 'I.4', dueDate: '2026-07-10' }),
      // Late but done, or cancelled: not on the board.
      tasks.assigned('done', { code: 'I.5', dueDate: '2026-06-01' }),
      tasks.acknowledged('done', SO_TAI_CHINH),
      tasks.completed('done', SO_TAI_CHINH, '2026-06-20', '2026-06-01'),
      tasks.assigned('cancelled', { code: 'I.6', dueDate: '2026-06-01' }),
      tasks.cancelled('cancelled'),
      tasks.assigned('no-date', { code: 'I.7', dueDate: null }),
    ]);
  });
  afterEach(() => bed.stop());

  it('lists open tasks past their due date, most overdue first, with last report, last reminder and escalation', async () => {
    expect(await queries.board({})).toEqual({
      today: '2026-07-10',
      total: 2,
      limit: 50,
      offset: 0,
      items: [
        {
          taskId: 'late-10',
          planId: 'kh-495',
          planNumber: '495/KH-UBND',
          code: 'II.1',
          title: 'Số hóa hồ sơ',
          leadAgencyId: SO_TAI_CHINH,
          leadAgencyName: 'Sở Tài chính',
          coordinatingAgencyIds: [],
          acknowledged: true,
          dueDate: '2026-06-30',
          daysOverdue: 10,
          workingDaysOverdue: 8, // 30/06 → 10/07: two weekends not counted
          lastReport: {
            on: '2026-06-25',
            summary: 'Đã số hóa 60% hồ sơ',
            percentComplete: 60,
            agencyId: SO_TAI_CHINH,
          },
          lastReminder: {
            on: '2026-07-01',
            at: '2026-07-01T01:00:00.000Z',
            kind: 'overdue',
            channel: 'in_app',
          },
          escalationLevel: 'standing_office',
          escalatedOn: '2026-07-05',
          groupId: null,
          version: 6,
        },
        {
          taskId: 'late-1',
          planId: OTHER_PLAN_ID,
          planNumber: '160/KH-UBND',
          code: 'I.3',
          title: 'Nhiệm vụ late-1',
          leadAgencyId: SO_Y_TE,
          leadAgencyName: 'Sở Y tế',
          coordinatingAgencyIds: [],
          acknowledged: false,
          dueDate: '2026-07-09',
          daysOverdue: 1,
          workingDaysOverdue: 1,
          lastReport: null,
          lastReminder: null,
          escalationLevel: null,
          escalatedOn: null,
          groupId: null,
          version: 1,
        },
      ],
    });
  });

  it('is a function of today: the task due today joins the board tomorrow', async () => {
    clock.set(new Date('2026-07-10T16:59:00.000Z'));
    expect((await queries.board({})).items.map((item) => item.taskId)).toEqual(['late-10', 'late-1']);
    clock.set(new Date('2026-07-10T17:00:00.000Z'));
    const board = await queries.board({});
    expect(board.items.map((item) => [item.taskId, item.daysOverdue])).toEqual([
      ['late-10', 11],
      ['late-1', 2],
      ['due-today', 1],
    ]);
  });

  it('filters by agency and plan, and narrows an agency to its own tasks', async () => {
    expect((await queries.board({ agencyId: SO_Y_TE })).items.map((item) => item.taskId)).toEqual(['late-1']);
    expect((await queries.board({ planId: 'kh-495' })).items.map((item) => item.taskId)).toEqual(['late-10']);
    expect(await queries.board({ scopeAgencyIds: [SO_TAI_CHINH] })).toMatchObject({
      total: 1,
      items: [{ taskId: 'late-10' }],
    });
  });

  it('drops a task from the board once its deadline is extended', async () => {
    await bed.given([tasks.extensionGranted('late-10', '2026-06-30', '2026-07-31')]);
    expect((await queries.board({})).items.map((item) => item.taskId)).toEqual(['late-1']);
  });
});
