import { decisionEmail, decisionWebhookPayload } from './decision-email';
import { decisionNoticeOf, type DecisionEventType, type DecisionFacts } from './decision-notice';

const AGENCIES: Record<string, string> = {
  'so-tai-chinh': 'Sở Tài chính',
  'so-xay-dung': 'Sở Xây dựng',
  'so-khcn': 'Sở Khoa học và Công nghệ',
  'ubnd-phuong-thuan-hoa': 'UBND phường Thuận Hóa',
};

const facts = (
  type: DecisionEventType,
  data: object,
  task: Partial<DecisionFacts['task']> = {},
): DecisionFacts => ({
  event: {
    eventId: 'ev-1',
    type,
    data: { taskId: 'task-iii-5-2', ...data },
    streamVersion: 4,
    actorUserId: 'u-thuongtruc',
    actorAgencyId: 'so-khcn',
  },
  task: {
    taskId: 'task-iii-5-2',
    code: 'III.5.2',
    title: 'Xây dựng <cơ sở dữ liệu> đất đai',
    planId: 'kh-495',
    leadAgencyId: 'so-tai-chinh',
    coordinatingAgencyIds: ['so-xay-dung', 'ubnd-phuong-thuan-hoa'],
    dueDate: '2026-12-31',
    ...task,
  },
  plan: { number: '495/KH-UBND', title: 'Kế hoạch chuyển đổi số thành phố Huế năm 2026' },
  decidedOn: '2026-06-02',
  agencyName: (id) => AGENCIES[id] ?? 'Đơn vị chưa có trong danh mục',
  userName: (id) => (id === 'u-thuongtruc' ? 'Nguyễn Thị Thường Trực' : undefined),
});

const email = (type: DecisionEventType, data: object = {}, task: Partial<DecisionFacts['task']> = {}) =>
  decisionEmail(decisionNoticeOf(facts(type, data, task)));

const IDS = /so-tai-chinh|so-xay-dung|so-khcn|ubnd-phuong|u-thuongtruc|kh-495|task-iii|ev-1|2026-Q/;

describe('decision e-mails in Vietnamese', () => {
  it('an assignment names the task, the plan, the agencies and the person by name, dates dd/mm/yyyy', () => {
    const mail = email('TaskAssigned');
    expect(mail.subject).toBe('[Giao nhiệm vụ] Nhiệm vụ III.5.2 giao Sở Tài chính chủ trì, hạn 31/12/2026');
    expect(mail.text).toContain('Sở Tài chính được giao chủ trì thực hiện nhiệm vụ III.5.2.');
    expect(mail.text).toContain('Nhiệm vụ: III.5.2. Xây dựng <cơ sở dữ liệu> đất đai');
    expect(mail.text).toContain('Kế hoạch: 495/KH-UBND: Kế hoạch chuyển đổi số thành phố Huế năm 2026');
    expect(mail.text).toContain('Đơn vị phối hợp: Sở Xây dựng, UBND phường Thuận Hóa');
    expect(mail.text).toContain('Hạn hoàn thành: 31/12/2026');
    expect(mail.text).toContain('Người quyết định: Nguyễn Thị Thường Trực (Sở Khoa học và Công nghệ)');
    expect(mail.text).toContain('Ngày quyết định: 02/06/2026');
    expect(mail.html).toContain('Xây dựng &lt;cơ sở dữ liệu&gt; đất đai');
    expect(mail.html).not.toContain('<cơ sở');
  });

  it('a reassignment names both agencies and the reason', () => {
    const mail = email(
      'TaskReassigned',
      {
        fromAgencyId: 'so-xay-dung',
        toAgencyId: 'so-tai-chinh',
        reason: 'Đúng chức năng quản lý',
        cause: 'decision',
      },
      { coordinatingAgencyIds: [] },
    );
    expect(mail.subject).toBe('[Chuyển nhiệm vụ] Nhiệm vụ III.5.2 chuyển Sở Tài chính chủ trì');
    expect(mail.text).toContain('Nhiệm vụ III.5.2 được chuyển từ Sở Xây dựng sang Sở Tài chính chủ trì.');
    expect(mail.text).toContain('Lý do chuyển: Đúng chức năng quản lý');
    expect(mail.text).not.toContain('Đơn vị phối hợp');
  });

  it('a returned completion gives the reason', () => {
    const mail = email('CompletionReturned', { reason: 'Thiếu số liệu quý II' });
    expect(mail.subject).toBe('[Trả lại kết quả] Kết quả nhiệm vụ III.5.2 bị trả lại, cần bổ sung');
    expect(mail.text).toContain('Lý do: Thiếu số liệu quý II');
  });

  it('an extension granted gives the new and the old date; refused, the reason', () => {
    const granted = email('ExtensionGranted', {
      requestId: 'r1',
      previousDueDate: '2026-12-31',
      newDueDate: '2027-03-31',
      note: 'Lần cuối',
    });
    expect(granted.subject).toBe('[Gia hạn] Nhiệm vụ III.5.2 được gia hạn đến 31/03/2027');
    expect(granted.text).toContain('hạn mới 31/03/2027 (hạn cũ 31/12/2026)');
    expect(granted.text).toContain('Hạn hoàn thành: 31/03/2027');
    expect(granted.text).toContain('Ghi chú: Lần cuối');
    const refused = email('ExtensionRejected', { requestId: 'r2', reason: 'Không có căn cứ' });
    expect(refused.subject).toBe('[Gia hạn] Đề nghị gia hạn nhiệm vụ III.5.2 không được đồng ý');
    expect(refused.text).toContain('Lý do: Không có căn cứ');
    expect(refused.text).toContain('thời hạn giữ nguyên');
  });

  it('never shows an id: not of agencies, people, plans, tasks or periods; unknown names are words too', () => {
    const all = (['TaskAssigned', 'CompletionReturned', 'ExtensionRejected'] as const).map((type) =>
      email(type, { reason: 'x' }, { periodKey: '2026-Q3', leadAgencyId: 'so-da-giai-the' }),
    );
    for (const mail of all) {
      expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toMatch(IDS);
      expect(mail.text).toContain('Đơn vị chủ trì: Đơn vị chưa có trong danh mục');
    }
    expect(all[0]!.text).toContain('Hạn hoàn thành: Báo cáo quý III/2026 — hạn nộp 31/12/2026');
  });

  it('a decision by the system or an unknown user names nobody', () => {
    const notice = decisionNoticeOf({ ...facts('TaskAssigned', {}), userName: () => undefined });
    expect(notice.decidedBy).toBeNull();
    expect(decisionEmail(notice).text).not.toContain('Người quyết định');
  });

  it('a task without a number is named by its title; without a deadline, says so', () => {
    const mail = email('TaskAssigned', {}, { code: null, dueDate: null });
    expect(mail.subject).toBe(
      '[Giao nhiệm vụ] Nhiệm vụ "Xây dựng <cơ sở dữ liệu> đất đai" giao Sở Tài chính chủ trì',
    );
    expect(mail.text).toContain('Hạn hoàn thành: Không có thời hạn cụ thể');
  });
});

describe('decision webhooks', () => {
  it('carry a stable id made of the decision, the task and its stream version, and the facts with ids', () => {
    const notice = decisionNoticeOf(
      facts('ExtensionGranted', { requestId: 'r1', previousDueDate: '2026-12-31', newDueDate: '2027-03-31' }),
    );
    expect(decisionWebhookPayload(notice)).toEqual({
      id: 'task.extension_granted:task-iii-5-2:4',
      type: 'task.extension_granted',
      eventId: 'ev-1',
      taskId: 'task-iii-5-2',
      planId: 'kh-495',
      taskCode: 'III.5.2',
      taskTitle: 'Xây dựng <cơ sở dữ liệu> đất đai',
      leadAgencyId: 'so-tai-chinh',
      leadAgencyName: 'Sở Tài chính',
      dueDate: '2027-03-31',
      previousDueDate: '2026-12-31',
      decidedOn: '2026-06-02',
    });
    expect(decisionWebhookPayload(decisionNoticeOf(facts('ExtensionGranted', {})))).toMatchObject({
      id: notice.noticeId,
    });
  });
});
