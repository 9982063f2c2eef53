import type { RecordedEvent } from '@giaoviec/event-store';
import { notificationsOf, type NotificationTask } from './notifications.projection';

const task: NotificationTask = {
  task_id: 't-kpi',
  plan_id: 'kh-284',
  code: 'VI.3.1',
  title: 'Báo cáo kết quả thực hiện chỉ tiêu KPI',
  lead_agency_id: 'so-tai-chinh',
  version: 2,
};

const reminderSent = (data: Record<string, unknown>): RecordedEvent => ({
  eventId: 'e-1',
  type: 'ReminderSent',
  data: {
    taskId: 't-kpi',
    kind: 'before_due_7d',
    channel: 'email',
    recipients: ['x'],
    dueDate: '2026-07-15',
    ...data,
  },
  metadata: {
    actor: { userId: 'system:reminders', agencyId: 'so-khcn', role: 'system' },
    correlationId: 'c',
    causationId: 'c',
    commandId: 'c',
    occurredAt: '2026-07-08T02:00:00.000Z',
    schemaVersion: 1,
  } as RecordedEvent['metadata'],
  streamId: 'task-t-kpi',
  streamVersion: 3,
  checkpoint: '000000000000000042',
  recordedAt: new Date('2026-07-08T02:00:00.000Z'),
});

describe('in-app reminder notifications of a recurring report', () => {
  it('name the period owed and its deadline, never the period key', () => {
    const [row] = notificationsOf(reminderSent({ periodKey: '2026-Q2' }), task);
    expect(row!.title).toBe('Nhiệm vụ VI.3.1: báo cáo quý II/2026 còn 7 ngày đến hạn (hạn nộp 15/07/2026)');
    expect(row!.body).toContain('báo cáo quý II/2026, hạn nộp 15/07/2026.');
    expect(`${row!.title}${row!.body}`).not.toContain('2026-Q2');
  });

  it('a reminder recorded without a period reads as before', () => {
    const [row] = notificationsOf(reminderSent({}), task);
    expect(row!.title).toBe('Nhiệm vụ VI.3.1: còn 7 ngày đến hạn (hạn 15/07/2026)');
  });
});

describe('the notification of a direction (ý kiến chỉ đạo)', () => {
  it('goes to the lead agency, naming the task and quoting the direction', () => {
    const direction: RecordedEvent = {
      ...reminderSent({}),
      type: 'TaskDirectionGiven',
      data: {
        taskId: 't-kpi',
        directionId: 'd-1',
        agencyId: 'so-khcn',
        text: 'Đề nghị báo cáo trước ngày 15/7',
      },
    };
    expect(notificationsOf(direction, task)).toEqual([
      expect.objectContaining({
        notification_id: 'direction:t-kpi:d-1',
        agency_id: 'so-tai-chinh',
        user_id: null,
        kind: 'task.direction',
        title: 'Ý kiến chỉ đạo về nhiệm vụ VI.3.1',
        body: '"Báo cáo kết quả thực hiện chỉ tiêu KPI" — "Đề nghị báo cáo trước ngày 15/7"',
      }),
    ]);
  });
});

describe("the notification of a coordinating agency's contribution", () => {
  const contribution: RecordedEvent = {
    ...reminderSent({}),
    type: 'ContributionReported',
    data: {
      taskId: 't-kpi',
      agencyId: 'so-y-te',
      reportId: 'r-1',
      summary: 'Đã cung cấp số liệu',
      percentComplete: 60,
      reportedOn: '2026-07-08',
      dueDate: '2026-07-15',
      onTime: true,
    },
  };

  it('tells the lead agency which agency reported its part', () => {
    const [row] = notificationsOf(contribution, task, new Map([['so-y-te', 'Sở Y tế']]));
    expect(row).toEqual(
      expect.objectContaining({
        agency_id: 'so-tai-chinh',
        kind: 'coordination.contribution_reported',
        title: 'Sở Y tế đã báo cáo phần phối hợp nhiệm vụ VI.3.1',
      }),
    );
  });

  it('says "Đơn vị phối hợp" for an agency the directory does not know, never its id', () => {
    const [row] = notificationsOf(contribution, task);
    expect(row!.title).toBe('Đơn vị phối hợp đã báo cáo phần phối hợp nhiệm vụ VI.3.1');
    expect(`${row!.title}${row!.body}`).not.toContain('so-y-te');
  });
});
