import { webhookPayload } from './channel-notifier';
import { reminderEmail } from './email-templates';
import type { ReminderNotice } from './reminder-notice';
import { decodeMimeWords } from './testing/smtp-sink';

const notice = (overrides: Partial<ReminderNotice> = {}): ReminderNotice => ({
  taskId: 't-1',
  planId: 'kh-495',
  taskCode: 'III.5.2',
  taskTitle: 'Xây dựng <cơ sở dữ liệu> đất đai',
  leadAgencyId: 'so-tai-chinh',
  leadAgencyName: 'Sở Tài chính',
  kind: 'before_due_1d',
  dueDate: '2026-01-05',
  daysOverdue: 0,
  ...overrides,
});

describe('reminder e-mails in Vietnamese', () => {
  it('names the lead agency, never its id', () => {
    const email = reminderEmail(notice());
    expect(email.text).toContain('Đơn vị chủ trì: Sở Tài chính');
    expect(email.html).toContain('<td>Sở Tài chính</td>');
    expect(`${email.subject}\n${email.text}\n${email.html}`).not.toContain('so-tai-chinh');
  });

  it('names the task and the deadline dd/mm/yyyy in the subject', () => {
    expect(reminderEmail(notice()).subject).toBe('[Nhắc việc] Nhiệm vụ III.5.2 đến hạn ngày 05/01/2026');
    expect(reminderEmail(notice({ kind: 'due_today' })).text).toContain('Hôm nay (05/01/2026) là hạn');
    expect(reminderEmail(notice()).text).toContain('Còn 1 ngày nữa đến hạn');
  });

  it('marks overdue tasks and reports to the Steering Committee', () => {
    expect(reminderEmail(notice({ daysOverdue: 2, kind: 'overdue' })).subject).toBe(
      '[Quá hạn] Nhiệm vụ III.5.2 đã quá hạn 2 ngày làm việc (hạn 05/01/2026)',
    );
    const steering = reminderEmail(
      notice({
        daysOverdue: 10,
        kind: 'escalation_steering_committee',
        escalationLevel: 'steering_committee',
      }),
    );
    expect(steering.subject).toMatch(/^\[Báo cáo Ban Chỉ đạo\] /);
    expect(steering.text).toContain('đã được báo cáo Ban Chỉ đạo');
  });

  it('names a task without a number by its title, and escapes it in HTML', () => {
    const email = reminderEmail(notice({ taskCode: null }));
    expect(email.subject).toBe(
      '[Nhắc việc] Nhiệm vụ "Xây dựng <cơ sở dữ liệu> đất đai" đến hạn ngày 05/01/2026',
    );
    expect(email.html).toContain('Xây dựng &lt;cơ sở dữ liệu&gt; đất đai');
    expect(email.html).not.toContain('<cơ sở');
  });

  it('a recurring report says which report is owed and when it is due', () => {
    const periodic = notice({ periodKey: '2026-Q2', dueDate: '2026-07-15', kind: 'before_due_7d' });
    const email = reminderEmail(periodic);
    expect(email.subject).toBe('[Nhắc việc] Nhiệm vụ III.5.2: Báo cáo quý II/2026 — hạn nộp 15/07/2026');
    expect(email.text).toContain('Còn 7 ngày nữa đến hạn nộp báo cáo quý II/2026 (15/07/2026).');
    expect(email.text).toContain('Kỳ báo cáo: Báo cáo quý II/2026 — hạn nộp 15/07/2026');
    expect(email.html).toContain('<td>Báo cáo quý II/2026 — hạn nộp 15/07/2026</td>');
    expect(`${email.subject}${email.text}${email.html}`).not.toContain('2026-Q2');
    expect(reminderEmail({ ...periodic, kind: 'overdue', daysOverdue: 3 }).subject).toBe(
      '[Quá hạn] Nhiệm vụ III.5.2: Báo cáo quý II/2026 — hạn nộp 15/07/2026 (quá hạn 3 ngày làm việc)',
    );
    expect(reminderEmail(notice({ periodKey: '2026-05', dueDate: '2026-06-05' })).subject).toContain(
      'Báo cáo tháng 5/2026 — hạn nộp 05/06/2026',
    );
  });

  it('the webhook of a recurring report carries the period key', () => {
    expect(webhookPayload(notice({ periodKey: '2026-Q2' }))).toMatchObject({ periodKey: '2026-Q2' });
    expect(webhookPayload(notice())).not.toHaveProperty('periodKey');
  });

  it('the test decoder reads RFC 2047 words (B and Q, split across words)', () => {
    expect(decodeMimeWords('=?UTF-8?B?W05o4bqvYyB2aeG7h2Nd?= =?UTF-8?Q?_Nhi=E1=BB=87m_v=E1=BB=A5?=')).toBe(
      '[Nhắc việc] Nhiệm vụ',
    );
  });
});
