import type { Actor } from '@giaoviec/kernel';
import { TestEventLog } from '../testing/event-log';
import { SO_TAI_CHINH, SO_Y_TE, TaskEvents } from '../testing/hue-fixtures';
import { ProjectionTestBed } from '../testing/projection-test-bed';
import { notificationsOf, NotificationsProjection } from './notifications.projection';
import { NotificationQueries } from './notifications.queries';

describe('in-app notifications (rm_notifications) — GET /notifications', () => {
  let bed: ProjectionTestBed;
  let queries: NotificationQueries;
  const log = new TestEventLog();
  const tasks = new TaskEvents(log);

  const officerOfTaiChinh: Actor = { userId: 'u-tc-1', agencyId: SO_TAI_CHINH, role: 'officer' };
  const otherOfficerOfTaiChinh: Actor = { userId: 'u-tc-2', agencyId: SO_TAI_CHINH, role: 'officer' };
  const officerOfYTe: Actor = { userId: 'u-yt-1', agencyId: SO_Y_TE, role: 'officer' };

  const history = [
    tasks.assigned('t1', {
      code: 'II.1',
      title: 'Số hóa hồ sơ',
      leadAgencyId: SO_TAI_CHINH,
      dueDate: '2026-06-30',
    }),
    tasks.reminded('t1', 'before_due_7d', '2026-06-30', '2026-06-23T01:00:00.000Z', 'email', [
      'tc@hue.gov.vn',
    ]),
    // The same reminder on another channel does not notify the agency twice.
    tasks.reminded('t1', 'before_due_7d', '2026-06-30', '2026-06-23T01:00:05.000Z', 'sms', ['0905000000']),
    tasks.reminded('t1', 'overdue', '2026-06-30', '2026-07-01T01:00:00.000Z', 'in_app', ['u-tc-1']),
    tasks.escalated('t1', 'standing_office', '2026-06-30', 5, '2026-07-05T02:00:00.000Z'),
    tasks.reassigned('t1', SO_TAI_CHINH, SO_Y_TE),
    tasks.escalated('t1', 'steering_committee', '2026-06-30', 12, '2026-07-12T02:00:00.000Z'),
  ];

  beforeAll(async () => {
    bed = await ProjectionTestBed.start([new NotificationsProjection()]);
    queries = new NotificationQueries(bed.store);
    await bed.given(history);
  });
  afterAll(() => bed.stop());

  it('gives a user the notifications addressed to them and to their agency, newest first', async () => {
    expect(await queries.forActor(officerOfTaiChinh)).toEqual({
      total: 4,
      unread: 4,
      limit: 50,
      offset: 0,
      items: [
        {
          notificationId: 'escalation:t1:standing_office:2026-06-30',
          userId: null,
          agencyId: SO_TAI_CHINH,
          role: null,
          taskId: 't1',
          planId: 'kh-495',
          kind: 'escalation.standing_office',
          title: 'Nhiệm vụ II.1 quá hạn 5 ngày làm việc đã được báo cáo lên cơ quan thường trực',
          body: '"Số hóa hồ sơ" — hạn 30/06/2026. Lý do: "Quá hạn chưa báo cáo".',
          createdAt: '2026-07-05T02:00:00.000Z',
          readAt: null,
        },
        {
          notificationId: 'reminder:t1:overdue:2026-06-30:user:u-tc-1',
          userId: 'u-tc-1',
          agencyId: SO_TAI_CHINH,
          role: null,
          taskId: 't1',
          planId: 'kh-495',
          kind: 'reminder.overdue',
          title: 'Nhiệm vụ II.1: đã quá hạn (hạn 30/06/2026)',
          body: '"Số hóa hồ sơ" — hạn 30/06/2026. Nhắc qua thông báo trên hệ thống.',
          createdAt: '2026-07-01T01:00:00.000Z',
          readAt: null,
        },
        {
          notificationId: 'reminder:t1:before_due_7d:2026-06-30:agency',
          userId: null,
          agencyId: SO_TAI_CHINH,
          role: null,
          taskId: 't1',
          planId: 'kh-495',
          kind: 'reminder.before_due_7d',
          title: 'Nhiệm vụ II.1: còn 7 ngày đến hạn (hạn 30/06/2026)',
          body: '"Số hóa hồ sơ" — hạn 30/06/2026. Nhắc qua thư điện tử.',
          createdAt: '2026-06-23T01:00:00.000Z',
          readAt: null,
        },
        expect.objectContaining({
          notificationId: 'assigned:t1',
          agencyId: SO_TAI_CHINH,
          kind: 'task.assigned',
          title: 'Đơn vị được giao nhiệm vụ II.1',
          body: '"Số hóa hồ sơ" — hạn 30/06/2026. Đơn vị cần tiếp nhận nhiệm vụ.',
        }),
      ],
    });
  });

  it('does not show a user the notifications addressed to a colleague', async () => {
    const page = await queries.forActor(otherOfficerOfTaiChinh);
    expect(page.items.map((item) => item.kind)).toEqual([
      'escalation.standing_office',
      'reminder.before_due_7d',
      'task.assigned',
    ]);
  });

  it("sends what follows a reassignment to the task's new lead agency", async () => {
    const page = await queries.forActor(officerOfYTe);
    expect(page.items.map((item) => [item.kind, item.agencyId])).toEqual([
      ['escalation.steering_committee', SO_Y_TE],
      ['task.reassigned', SO_Y_TE],
    ]);
  });

  it('pages, and counts unread ones', async () => {
    expect(await queries.forActor(officerOfTaiChinh, { limit: 1, offset: 1 })).toMatchObject({
      total: 4,
      unread: 4,
      items: [{ kind: 'reminder.overdue' }],
    });
    expect((await queries.forActor(officerOfTaiChinh, { unreadOnly: true })).total).toBe(4);
  });

  it('names the reminders of an escalation in words, not by their code', () => {
    const [row] = notificationsOf(
      tasks.reminded(
        't1',
        'escalation_steering_committee',
        '2026-11-24',
        '2026-12-04T01:00:00.000Z',
        'in_app',
        ['u-tc-1'],
      ),
      {
        task_id: 't1',
        plan_id: 'kh-495',
        code: null,
        title: 'Số hóa hồ sơ',
        lead_agency_id: SO_TAI_CHINH,
        version: 1,
      },
    );
    expect(row.title).toBe('Nhiệm vụ "Số hóa hồ sơ": quá hạn, chuyển Ban Chỉ đạo đôn đốc (hạn 24/11/2026)');
    expect(row.kind).toBe('reminder.escalation_steering_committee');
  });

  it('changes nothing when the same events are applied again', async () => {
    const before = await bed.snapshot();
    await bed.given(history);
    await bed.given(history.slice(2));
    expect(await bed.snapshot()).toEqual(before);
  });

  it('tells the lead agency of the decisions it waits for: a returned completion, an extension granted or refused', () => {
    const task = {
      task_id: 't1',
      plan_id: 'kh-495',
      code: 'II.1',
      title: 'Số hóa hồ sơ',
      lead_agency_id: SO_TAI_CHINH,
      version: 1,
    };
    const [returned] = notificationsOf(tasks.returned('t1', 'Thiếu biên bản nghiệm thu'), task);
    expect(returned).toMatchObject({
      agency_id: SO_TAI_CHINH,
      kind: 'task.completion_returned',
      title: 'Kết quả nhiệm vụ II.1 bị trả lại, cần bổ sung',
      body: '"Số hóa hồ sơ" — lý do: "Thiếu biên bản nghiệm thu".',
    });
    const [granted] = notificationsOf(tasks.extensionGranted('t1', '2026-06-30', '2026-08-31'), task);
    expect(granted).toMatchObject({
      kind: 'extension.granted',
      title: 'Đề nghị gia hạn nhiệm vụ II.1 được đồng ý',
      body: '"Số hóa hồ sơ" — hạn mới 31/08/2026 (hạn cũ 30/06/2026).',
    });
    const [rejected] = notificationsOf(tasks.extensionRejected('t1', '2026-08-31'), task);
    expect(rejected).toMatchObject({
      kind: 'extension.rejected',
      title: 'Đề nghị gia hạn nhiệm vụ II.1 không được đồng ý',
      body: '"Số hóa hồ sơ" — lý do: "Không đủ căn cứ". Thời hạn giữ nguyên.',
    });
    // No text a person reads carries a code or an id.
    for (const row of [returned, granted, rejected])
      expect(`${row.title} ${row.body}`).not.toMatch(/t1|so-tai-chinh/);
  });
});
