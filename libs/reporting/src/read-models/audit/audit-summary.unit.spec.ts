import type { Actor } from '@giaoviec/kernel';
import { AUDITED_EVENT_TYPES } from './audit-event-types';
import { LabelBook, type StoredLabel } from './audit-labels';
import { summarizeEvent } from './audit-summary';

const label = (kind: StoredLabel['kind'], id: string, value: StoredLabel['label']): StoredLabel => ({
  kind,
  id,
  label: value,
  position: '00000000000000000001',
});

const labels = new LabelBook([
  label('agency', 'so-tai-chinh', { name: 'Sở Tài chính', shortName: null }),
  label('agency', 'so-khcn', { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN' }),
  label('agency', 'so-y-te', { name: 'Sở Y tế', shortName: null }),
  label('agency', 'phuong-a', { name: 'UBND phường An Cựu', shortName: null }),
  label('agency', 'phuong-b', { name: 'UBND phường Vĩnh Ninh', shortName: null }),
  label('task', 't-ii-1', {
    code: 'II.1',
    title: 'Số hóa hồ sơ',
    planId: 'kh-495',
    leadAgencyId: 'so-tai-chinh',
    coordinatingAgencyIds: [],
  }),
  label('task', 't-untitled', {
    code: null,
    title: 'Rà soát quy chế',
    planId: 'kh-495',
    leadAgencyId: 'so-y-te',
    coordinatingAgencyIds: [],
  }),
  label('plan', 'kh-495', {
    number: '495/KH-UBND',
    title: 'Kế hoạch chuyển đổi số',
    standingAgencyId: 'so-khcn',
  }),
  label('indicator', 'kts-1', {
    name: 'Tỷ trọng kinh tế số trong GRDP',
    unit: '%',
    code: 'KTS-1',
    planId: 'kh-495',
    responsibleAgencyId: 'so-khcn',
  }),
  label('user', 'u-1', { username: 'nguyen.van.a', displayName: 'Nguyễn Văn A', agencyId: 'so-y-te' }),
]);

const standing: Actor = { userId: 'u-standing', agencyId: 'so-khcn', role: 'standing_office' };
const officer: Actor = { userId: 'u-tc', agencyId: 'so-tai-chinh', role: 'officer' };
const admin: Actor = { userId: 'u-admin', agencyId: 'van-phong', role: 'admin' };
const system: Actor = { userId: 'system', agencyId: 'so-khcn', role: 'system' };

const summary = (type: string, data: object, actor: Actor = standing) =>
  summarizeEvent({ type, data, actor }, labels);

describe('Vietnamese audit summaries', () => {
  it('says who acknowledged which task', () => {
    expect(summary('TaskAcknowledged', { taskId: 't-ii-1', agencyId: 'so-tai-chinh' }, officer)).toBe(
      'Sở Tài chính đã tiếp nhận nhiệm vụ II.1',
    );
    expect(summary('TaskAcknowledged', { taskId: 't-untitled', agencyId: 'so-y-te' })).toBe(
      'Sở Y tế đã tiếp nhận nhiệm vụ "Rà soát quy chế"',
    );
    expect(summary('TaskAcknowledged', { taskId: 'unknown', agencyId: 'unknown-agency' })).toBe(
      'unknown-agency đã tiếp nhận nhiệm vụ unknown',
    );
  });

  it('lists the files a report carried, by name and size, and says nothing of files when it carried none', () => {
    const file = {
      evidenceId: 'e-1',
      fileName: 'Báo cáo (đã ký).pdf',
      contentType: 'application/pdf',
      sha256: 'a'.repeat(64),
    };
    const progress = {
      taskId: 't-ii-1',
      reportId: 'r-1',
      agencyId: 'so-tai-chinh',
      summary: 'Đã khảo sát',
      reportedOn: '2026-06-01',
    };
    expect(
      summary('ProgressReported', { ...progress, evidence: [{ ...file, sizeBytes: 182411 }] }, officer),
    ).toBe(
      'Sở Tài chính báo cáo tiến độ nhiệm vụ II.1: "Đã khảo sát"; kèm 1 tệp: Báo cáo (đã ký).pdf (178,1 KB)',
    );
    expect(summary('ProgressReported', progress, officer)).toBe(
      'Sở Tài chính báo cáo tiến độ nhiệm vụ II.1: "Đã khảo sát"',
    );
    expect(
      summary(
        'TaskCompleted',
        {
          taskId: 't-ii-1',
          agencyId: 'so-tai-chinh',
          result: 'Xong',
          completedOn: '2026-06-01',
          dueDate: '2026-06-30',
          evidence: [
            { ...file, sizeBytes: 2 * 1024 * 1024 },
            { ...file, evidenceId: 'e-2', fileName: 'ảnh.jpg', sizeBytes: 900 },
          ],
        },
        officer,
      ),
    ).toBe(
      'Sở Tài chính báo cáo hoàn thành nhiệm vụ II.1 ngày 01/06/2026, đúng hạn; kết quả: "Xong"; kèm 2 tệp: Báo cáo (đã ký).pdf (2 MB), ảnh.jpg (900 byte)',
    );
  });

  it('says who gave a direction or a comment on which task, with its text', () => {
    expect(
      summary('TaskDirectionGiven', {
        taskId: 't-ii-1',
        directionId: 'd-1',
        agencyId: 'so-khcn',
        text: 'Hoàn thành trước 30/9',
      }),
    ).toBe('Sở Khoa học và Công nghệ cho ý kiến chỉ đạo về nhiệm vụ II.1: "Hoàn thành trước 30/9"');
    expect(
      summary(
        'TaskCommented',
        { taskId: 't-ii-1', commentId: 'c-1', agencyId: 'so-tai-chinh', text: 'Đã tiếp thu' },
        officer,
      ),
    ).toBe('Sở Tài chính trao đổi về nhiệm vụ II.1: "Đã tiếp thu"');
  });

  it('tells a target revision by its direction, values and unit', () => {
    const revised = (previousValue: number | null, newValue: number) =>
      summary('IndicatorTargetRevised', {
        indicatorId: 'kts-1',
        planId: 'kh-495',
        year: 2026,
        previousValue,
        newValue,
        amendmentId: 'a',
        amendingDocumentNumber: '160/KH-UBND',
      });
    expect(revised(15, 18)).toBe(
      'Sở Khoa học và Công nghệ điều chỉnh chỉ tiêu "Tỷ trọng kinh tế số trong GRDP" năm 2026 từ 15 lên 18 (%) theo 160/KH-UBND',
    );
    expect(revised(20, 17.5)).toBe(
      'Sở Khoa học và Công nghệ điều chỉnh chỉ tiêu "Tỷ trọng kinh tế số trong GRDP" năm 2026 từ 20 xuống 17,5 (%) theo 160/KH-UBND',
    );
    expect(revised(null, 25)).toBe(
      'Sở Khoa học và Công nghệ đặt mục tiêu chỉ tiêu "Tỷ trọng kinh tế số trong GRDP" năm 2026: 25 (%) (trước đó chưa ghi nhận) theo 160/KH-UBND',
    );
    expect(
      summary('IndicatorTargetRevised', {
        indicatorId: 'kts-1',
        planId: 'kh-495',
        year: 2026,
        previousValue: 15,
        newValue: 18,
        amendmentId: 'a',
        amendingDocumentNumber: null,
      }),
    ).toBe(
      'Sở Khoa học và Công nghệ điều chỉnh chỉ tiêu "Tỷ trọng kinh tế số trong GRDP" năm 2026 từ 15 lên 18 (%) theo văn bản sửa đổi (chưa có số)',
    );
  });

  it('says so when a plan or an amending document has no number or date in the source', () => {
    expect(
      summary('PlanIssued', {
        planId: 'kh-cds',
        number: null,
        title: 'Kế hoạch chuyển đổi số 2026 - 2030',
        issuedOn: null,
        signer: null,
      }),
    ).toBe(
      'Cơ quan ban hành (chưa rõ) ban hành Kế hoạch (chưa có số) (chưa rõ ngày ban hành), chưa rõ người ký: "Kế hoạch chuyển đổi số 2026 - 2030"; Sở Khoa học và Công nghệ ghi nhận vào hệ thống',
    );
    const withUnnumbered = new LabelBook([
      label('plan', 'kh-cds', {
        number: null,
        title: 'Kế hoạch CĐS 2026 - 2030',
        standingAgencyId: 'so-khcn',
      }),
    ]);
    expect(
      summarizeEvent(
        {
          type: 'PlanAmended',
          data: {
            planId: 'kh-cds',
            amendmentId: 'a',
            amendingDocument: { number: null, title: 'Kế hoạch sửa đổi', issuedOn: null },
            summary: 'Cập nhật',
            targetRevisions: [],
          },
          actor: system,
        },
        withUnnumbered,
      ),
    ).toBe(
      'Hệ thống sửa đổi, bổ sung Kế hoạch (chưa có số) "Kế hoạch CĐS 2026 - 2030" theo văn bản (chưa có số) "Kế hoạch sửa đổi": "Cập nhật"',
    );
  });

  it('summarises the work on a task', () => {
    expect(
      summary('TaskAssigned', {
        taskId: 't-new',
        planId: 'kh-495',
        code: 'III.5.2',
        title: 'Triển khai nền tảng số',
        leadAgencyId: 'so-tai-chinh',
        coordinatingAgencyIds: ['so-y-te'],
        dueDate: '2026-09-30',
        groupId: null,
      }),
    ).toBe(
      'Sở Khoa học và Công nghệ giao nhiệm vụ III.5.2 "Triển khai nền tảng số" của Kế hoạch 495/KH-UBND cho Sở Tài chính chủ trì, phối hợp: Sở Y tế, hạn 30/09/2026',
    );
    // The source: the quote only when the title does not already say it.
    const source = {
      documentNumber: '495/KH-UBND',
      section: 'III.5.2',
      quotedText: 'Triển khai nền tảng số',
    };
    const assignment = {
      taskId: 't-new',
      planId: 'kh-495',
      code: 'III.5.2',
      title: 'Triển khai nền tảng số',
      leadAgencyId: 'so-tai-chinh',
      coordinatingAgencyIds: [],
      dueDate: '2026-09-30',
      groupId: null,
    };
    expect(summary('TaskAssigned', { ...assignment, source })).toBe(
      'Sở Khoa học và Công nghệ giao nhiệm vụ III.5.2 "Triển khai nền tảng số" của Kế hoạch 495/KH-UBND cho Sở Tài chính chủ trì, hạn 30/09/2026; nguồn: Kế hoạch 495/KH-UBND, mục III.5.2',
    );
    expect(
      summary('TaskAssigned', {
        ...assignment,
        source: {
          documentNumber: null,
          section: 'đoạn 8',
          quotedText: 'Giai đoạn 2026 – 2028 sẽ tập trung hợp nhất.',
        },
      }),
    ).toBe(
      'Sở Khoa học và Công nghệ giao nhiệm vụ III.5.2 "Triển khai nền tảng số" của Kế hoạch 495/KH-UBND cho Sở Tài chính chủ trì, hạn 30/09/2026; nguồn: văn bản không ghi số, đoạn 8: "Giai đoạn 2026 – 2028 sẽ tập trung hợp nhất."',
    );
    expect(
      summary(
        'ProgressReported',
        {
          taskId: 't-ii-1',
          agencyId: 'so-tai-chinh',
          summary: 'Đã số hóa\n60% hồ sơ',
          percentComplete: 60,
          reportedOn: '2026-06-20',
        },
        officer,
      ),
    ).toBe('Sở Tài chính báo cáo tiến độ nhiệm vụ II.1 (60%): "Đã số hóa 60% hồ sơ"');
    expect(
      summary(
        'TaskCompleted',
        {
          taskId: 't-ii-1',
          agencyId: 'so-tai-chinh',
          result: 'Xong',
          completedOn: '2026-07-02',
          dueDate: '2026-06-30',
        },
        officer,
      ),
    ).toBe(
      'Sở Tài chính báo cáo hoàn thành nhiệm vụ II.1 ngày 02/07/2026, quá hạn (hạn 30/06/2026); kết quả: "Xong"',
    );
    expect(
      summary('ExtensionGranted', {
        taskId: 't-ii-1',
        requestId: 'x',
        previousDueDate: '2026-06-30',
        newDueDate: '2026-07-31',
      }),
    ).toBe('Sở Khoa học và Công nghệ đồng ý gia hạn nhiệm vụ II.1 từ 30/06/2026 đến 31/07/2026');
    expect(
      summary('TaskReassigned', {
        taskId: 't-ii-1',
        fromAgencyId: 'phuong-b',
        toAgencyId: 'phuong-a',
        reason: 'Sáp nhập',
        cause: 'agency_merger',
      }),
    ).toBe(
      'Sở Khoa học và Công nghệ chuyển nhiệm vụ II.1 từ UBND phường Vĩnh Ninh sang UBND phường An Cựu chủ trì do sắp xếp, sáp nhập đơn vị, lý do: "Sáp nhập"',
    );
    expect(
      summary('TaskReassigned', {
        taskId: 't-ii-1',
        fromAgencyId: 'phuong-b',
        toAgencyId: 'phuong-a',
        reason: 'Đúng chức năng',
        cause: 'manual',
        newDueDate: '2026-11-30',
      }),
    ).toBe(
      'Sở Khoa học và Công nghệ chuyển nhiệm vụ II.1 từ UBND phường Vĩnh Ninh sang UBND phường An Cựu chủ trì, hạn mới 30/11/2026, lý do: "Đúng chức năng"',
    );
    expect(
      summary('TaskAssigned', {
        taskId: 't-old',
        planId: 'kh-495',
        code: 'I.1',
        title: 'Ban hành quy chế',
        leadAgencyId: 'so-tai-chinh',
        coordinatingAgencyIds: [],
        dueDate: '2026-03-31',
        groupId: null,
        backdated: true,
      }),
    ).toBe(
      'Sở Khoa học và Công nghệ giao nhiệm vụ I.1 "Ban hành quy chế" của Kế hoạch 495/KH-UBND cho Sở Tài chính chủ trì, hạn 31/03/2026 (nhập bù, thời hạn đã qua khi ghi nhận)',
    );
    expect(
      summary(
        'ReminderSent',
        {
          taskId: 't-ii-1',
          kind: 'before_due_7d',
          channel: 'email',
          recipients: ['a@hue.gov.vn', 'b@hue.gov.vn'],
          dueDate: '2026-06-30',
        },
        system,
      ),
    ).toBe(
      'Hệ thống nhắc nhiệm vụ II.1 (còn 7 ngày đến hạn, hạn 30/06/2026) qua thư điện tử tới 2 người nhận',
    );
    expect(
      summary('TaskEscalated', {
        taskId: 't-ii-1',
        level: 'steering_committee',
        dueDate: '2026-06-30',
        daysOverdue: 12,
      }),
    ).toBe(
      'Sở Khoa học và Công nghệ báo cáo nhiệm vụ II.1 quá hạn 12 ngày làm việc (hạn 30/06/2026) lên Ban Chỉ đạo',
    );
  });

  it('tells a coordinating agency’s part: acknowledged, then each contribution on time or late', () => {
    const coordinator: Actor = { userId: 'u-yt', agencyId: 'so-y-te', role: 'officer' };
    expect(
      summary(
        'CoordinationAcknowledged',
        { taskId: 't-ii-1', agencyId: 'so-y-te', acknowledgedOn: '2026-05-18' },
        coordinator,
      ),
    ).toBe('Sở Y tế đã tiếp nhận phần phối hợp nhiệm vụ II.1');
    const contribution = {
      taskId: 't-ii-1',
      agencyId: 'so-y-te',
      reportId: 'c-1',
      summary: 'Đã cung cấp số liệu trạm y tế',
      dueDate: '2026-06-30',
    };
    expect(
      summary(
        'ContributionReported',
        { ...contribution, percentComplete: 50, reportedOn: '2026-06-20', onTime: true },
        coordinator,
      ),
    ).toBe(
      'Sở Y tế báo cáo phần phối hợp nhiệm vụ II.1 ngày 20/06/2026 (50%), đúng hạn: "Đã cung cấp số liệu trạm y tế"',
    );
    expect(
      summary(
        'ContributionReported',
        { ...contribution, reportedOn: '2026-07-02', onTime: false },
        coordinator,
      ),
    ).toBe(
      'Sở Y tế báo cáo phần phối hợp nhiệm vụ II.1 ngày 02/07/2026, trễ hạn (hạn 30/06/2026): "Đã cung cấp số liệu trạm y tế"',
    );
  });

  it('tells a recurring report period by period, on time or late, in words and never by its codes', () => {
    expect(
      summary('TaskAssigned', {
        taskId: 't-ii-1',
        planId: 'kh-495',
        code: 'II.1',
        title: 'Báo cáo kết quả KPI',
        leadAgencyId: 'so-tai-chinh',
        coordinatingAgencyIds: [],
        dueDate: '2026-06-20',
        recurrence: { frequency: 'quarterly', until: '2026-12-31', dueDayOfMonth: 20 },
        groupId: null,
      }),
    ).toBe(
      'Sở Khoa học và Công nghệ giao nhiệm vụ II.1 "Báo cáo kết quả KPI" của Kế hoạch 495/KH-UBND cho Sở Tài chính chủ trì, báo cáo định kỳ hằng quý đến ngày 31/12/2026, kỳ đầu hạn 20/06/2026',
    );
    const q2 = { key: '2026-Q2', start: '2026-04-01', end: '2026-06-30' };
    expect(summary('RecurringPeriodOpened', { taskId: 't-ii-1', period: q2, dueDate: '2026-06-20' })).toBe(
      'nhiệm vụ II.1 đến kỳ báo cáo quý II/2026 (từ 01/04/2026 đến 30/06/2026), hạn nộp 20/06/2026',
    );
    const report = {
      taskId: 't-ii-1',
      agencyId: 'so-tai-chinh',
      period: q2,
      dueDate: '2026-06-20',
      summary: 'Đạt 12/15 chỉ tiêu',
    };
    expect(
      summary('PeriodicReportSubmitted', { ...report, reportedOn: '2026-06-19', onTime: true }, officer),
    ).toBe(
      'Sở Tài chính nộp báo cáo quý II/2026 của nhiệm vụ II.1 ngày 19/06/2026, đúng hạn: "Đạt 12/15 chỉ tiêu"',
    );
    expect(
      summary('PeriodicReportSubmitted', { ...report, reportedOn: '2026-07-02', onTime: false }, officer),
    ).toBe(
      'Sở Tài chính nộp báo cáo quý II/2026 của nhiệm vụ II.1 ngày 02/07/2026, trễ hạn (hạn 20/06/2026): "Đạt 12/15 chỉ tiêu"',
    );
    expect(
      summary('RecurrenceEnded', { taskId: 't-ii-1', lastPeriodKey: '2026-H2', until: '2026-12-31' }),
    ).toBe(
      'nhiệm vụ II.1 đã báo cáo đủ các kỳ đến 6 tháng cuối năm 2026; lịch báo cáo định kỳ kết thúc ngày 31/12/2026',
    );
    expect(
      ['2026-05', '2026-Q4', '2026-H1', '2026'].map(
        (key) =>
          summary('RecurrenceEnded', { taskId: 't-ii-1', lastPeriodKey: key, until: '2026-12-31' }).split(
            ' đến ',
          )[1],
      ),
    ).toEqual([
      'tháng 5/2026; lịch báo cáo định kỳ kết thúc ngày 31/12/2026',
      'quý IV/2026; lịch báo cáo định kỳ kết thúc ngày 31/12/2026',
      '6 tháng đầu năm 2026; lịch báo cáo định kỳ kết thúc ngày 31/12/2026',
      'năm 2026; lịch báo cáo định kỳ kết thúc ngày 31/12/2026',
    ]);
  });

  it('names the reminders of an escalation, as the worker records them, in words and never by their code', () => {
    const reminder = (kind: string, channel: string) =>
      summary(
        'ReminderSent',
        { taskId: 't-ii-1', kind, channel, recipients: ['u-1'], dueDate: '2026-11-24' },
        system,
      );
    expect(reminder('escalation_steering_committee', 'in_app')).toBe(
      'Hệ thống nhắc nhiệm vụ II.1 (quá hạn, chuyển Ban Chỉ đạo đôn đốc, hạn 24/11/2026) qua thông báo trên hệ thống tới 1 người nhận',
    );
    expect(reminder('escalation_standing_office', 'webhook')).toBe(
      'Hệ thống nhắc nhiệm vụ II.1 (quá hạn, chuyển cơ quan thường trực đôn đốc, hạn 24/11/2026) qua hệ thống liên kết (Hue-S, trung tâm điều hành) tới 1 người nhận',
    );
    expect(reminder('due_today', 'multi')).toBe(
      'Hệ thống nhắc nhiệm vụ II.1 (đến hạn hôm nay, hạn 24/11/2026) qua nhiều kênh tới 1 người nhận',
    );
    // A kind or channel added later still reads as Vietnamese, without its code.
    expect(reminder('something_new', 'carrier_pigeon')).toBe(
      'Hệ thống nhắc nhiệm vụ II.1 (nhắc việc, hạn 24/11/2026) qua kênh khác tới 1 người nhận',
    );
  });

  it('summarises agencies, plans and users', () => {
    expect(
      summary(
        'AgenciesMerged',
        {
          agencyId: 'phuong-a',
          mergedAgencyIds: ['phuong-b'],
          effectiveOn: '2025-07-01',
          decisionRef: '1675/NQ-UBTVQH15',
        },
        admin,
      ),
    ).toBe(
      'van-phong sáp nhập UBND phường Vĩnh Ninh vào UBND phường An Cựu từ ngày 01/07/2025 theo 1675/NQ-UBTVQH15',
    );
    expect(
      summary('PlanIssued', {
        planId: 'kh-x',
        number: '495/KH-UBND',
        title: 'Kế hoạch',
        issuedOn: '2025-12-31',
        issuingAuthority: 'UBND thành phố Huế',
        signer: { name: 'Nguyễn Văn Phương', title: 'Chủ tịch' },
      }),
    ).toBe(
      // Issued by the People's Committee and signed by its chairman; the standing office records it.
      'UBND thành phố Huế ban hành Kế hoạch 495/KH-UBND ngày 31/12/2025, Chủ tịch Nguyễn Văn Phương ký: "Kế hoạch"; Sở Khoa học và Công nghệ ghi nhận vào hệ thống',
    );
    expect(
      summary(
        'UserRegistered',
        {
          userId: 'u-2',
          username: 'tran.thi.b',
          displayName: 'Trần Thị B',
          agencyId: 'so-y-te',
          role: 'agency_head',
        },
        admin,
      ),
    ).toBe('van-phong tạo tài khoản tran.thi.b (Trần Thị B) thuộc Sở Y tế, vai trò lãnh đạo đơn vị');
    expect(summary('UserPasswordChanged', { userId: 'u-1', changedBy: 'self' }, officer)).toBe(
      'nguyen.van.a (Nguyễn Văn A) đổi mật khẩu',
    );
    expect(
      summary(
        'UserLockedOut',
        { userId: 'u-1', failedAttempts: 5, lockedUntil: '2026-06-30T17:30:00.000Z' },
        system,
      ),
    ).toBe('Tài khoản nguyen.van.a (Nguyễn Văn A) bị khóa đến 01/07/2026 00:30 sau 5 lần đăng nhập sai');
  });

  it('has a sentence of its own for every event type of the system', () => {
    const generic = AUDITED_EVENT_TYPES.filter(
      (type) => summary(type, {}) === `Sở Khoa học và Công nghệ: ${type}`,
    );
    expect(generic).toEqual([]);
    expect(summary('SomethingNew', {})).toBe('Sở Khoa học và Công nghệ: SomethingNew');
  });
});
