import { buildDigest, type DigestRow } from './digest-content';

const row = (overrides: Partial<DigestRow>): DigestRow => ({
  section: 'due_this_week',
  taskId: 't',
  code: null,
  title: 'Nhiệm vụ',
  planNumber: '495/KH-UBND',
  leadAgencyId: 'so-tai-chinh',
  leadAgencyName: 'Sở Tài chính',
  dueDate: '2026-12-28',
  daysOverdue: 0,
  escalationLevel: null,
  ...overrides,
});

describe('the morning digest', () => {
  const rows: DigestRow[] = [
    row({ section: 'due_this_week', taskId: 't3', code: 'II.2', dueDate: '2026-12-30' }),
    row({ section: 'due_this_week', taskId: 't2', code: 'II.1', dueDate: '2026-12-26' }),
    row({ section: 'became_overdue', taskId: 't1', code: 'I.4', dueDate: '2026-12-23', daysOverdue: 1 }),
    row({
      section: 'escalated',
      taskId: 't4',
      code: 'III.5.2',
      title: 'Số hoá <hồ sơ>',
      leadAgencyId: 'so-y-te',
      leadAgencyName: 'Sở Y tế',
      dueDate: '2026-12-14',
      daysOverdue: 10,
      escalationLevel: 'steering_committee',
    }),
    row({
      section: 'due_this_week',
      taskId: 't5',
      leadAgencyId: 'xa-moi',
      leadAgencyName: null,
      title: 'Việc xã',
    }),
  ];

  it('groups by lead agency (by name), each with its three lists in order of due date', () => {
    const digest = buildDigest('2026-12-24', rows);
    expect(digest.agencies.map((a) => a.agencyName)).toEqual(['Sở Tài chính', 'Sở Y tế', 'xa-moi']);
    const finance = digest.agencies[0]!;
    expect(finance.becameOverdue.map((r) => r.taskId)).toEqual(['t1']);
    expect(finance.escalated).toEqual([]);
    expect(finance.dueThisWeek.map((r) => r.taskId)).toEqual(['t2', 't3']);
    expect(digest.agencies[1]!.escalated.map((r) => r.taskId)).toEqual(['t4']);
    expect(digest.totals).toEqual({ becameOverdue: 1, escalated: 1, dueThisWeek: 3 });
    expect(digest.empty).toBe(false);
  });

  it('speaks Vietnamese with dd/mm/yyyy dates, in plain text and escaped HTML', () => {
    const digest = buildDigest('2026-12-24', rows);
    expect(digest.subject).toBe(
      '[Tổng hợp] Tình hình nhiệm vụ ngày 24/12/2026: 1 mới quá hạn, 1 báo cáo vượt cấp, 3 đến hạn trong tuần',
    );
    expect(digest.text).toContain('== Sở Tài chính ==');
    expect(digest.text).toContain('Nhiệm vụ mới quá hạn (từ ngày làm việc trước) (1):');
    expect(digest.text).toContain(
      '  - I.4. Nhiệm vụ (KH 495/KH-UBND) — hạn 23/12/2026, quá hạn 1 ngày làm việc',
    );
    expect(digest.text).toContain('đã báo cáo Ban Chỉ đạo');
    expect(digest.text).toContain('Nhiệm vụ đến hạn trong 7 ngày tới (2):');
    expect(digest.html).toContain('Số hoá &lt;hồ sơ&gt;');
    expect(digest.html).not.toContain('<hồ sơ>');
  });

  it('says so when there is nothing to report', () => {
    const digest = buildDigest('2026-12-24', []);
    expect(digest.empty).toBe(true);
    expect(digest.agencies).toEqual([]);
    expect(digest.text).toContain('Không có nhiệm vụ mới quá hạn');
  });
});
