/** Words shared by the audit summaries and the in-app notifications. Pure functions of their input. */

/** '2026-06-30' → '30/06/2026', as Vietnamese documents write dates. */
export function vietnameseDate(date: string | null | undefined): string {
  if (typeof date !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/** An instant as the date and time in Huế: '2026-06-30T17:30:00Z' → '01/07/2026 00:30'. */
export function vietnameseDateTime(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const local = new Date(time + 7 * 3_600_000).toISOString();
  return `${vietnameseDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4, useGrouping: true });

/** 18.5 → '18,5'; 1234 → '1.234'. */
export function vietnameseNumber(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? NUMBER.format(value) : '?';
}

/** User text quoted inside a summary, shortened so one line stays readable. */
export function quoted(text: unknown, max = 200): string {
  if (typeof text !== 'string') return '""';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}"`;
}

/** The roles' words are the kernel's: the problem documents use them too. */
export { fileSizeLabel, ROLE_LABELS, roleLabel } from '@giaoviec/kernel';

export function agencyKindLabel(kind: unknown): string {
  switch (kind) {
    case 'department':
      return 'sở, ban, ngành';
    case 'commune':
      return 'UBND cấp xã';
    case 'ministry':
      return 'bộ, ngành Trung ương';
    default:
      return 'đơn vị khác';
  }
}

export function escalationLevelLabel(level: unknown): string {
  switch (level) {
    case 'standing_office':
      return 'cơ quan thường trực';
    case 'steering_committee':
      return 'Ban Chỉ đạo';
    default:
      return 'cấp trên';
  }
}

/**
 * What a reminder was, as a person reads it; never its code. 'before_due_7d' → 'còn 7 ngày
 * đến hạn', 'due_today' → 'đến hạn hôm nay', 'overdue' → 'đã quá hạn', and the reminders of
 * an escalation (`escalation_<level>`, as the worker records them) → 'quá hạn, chuyển Ban
 * Chỉ đạo đôn đốc'.
 */
export function reminderKindLabel(kind: unknown): string {
  if (typeof kind !== 'string') return 'nhắc việc';
  const before = /^before_due_(\d+)d$/.exec(kind);
  if (before) return `còn ${before[1]} ngày đến hạn`;
  if (kind === 'due_today') return 'đến hạn hôm nay';
  if (kind === 'overdue') return 'đã quá hạn';
  const after = /^overdue_(\d+)d$/.exec(kind);
  if (after) return `quá hạn ${after[1]} ngày`;
  const escalation = /^escalation_(standing_office|steering_committee)$/.exec(kind);
  if (escalation) return `quá hạn, chuyển ${escalationLevelLabel(escalation[1])} đôn đốc`;
  return 'nhắc việc';
}

/** How often a recurring report is owed: 'hằng quý', as in "báo cáo định kỳ hằng quý". */
export function recurrenceFrequencyLabel(frequency: unknown): string {
  switch (frequency) {
    case 'monthly':
      return 'hằng tháng';
    case 'quarterly':
      return 'hằng quý';
    case 'semiannual':
      return '6 tháng một lần';
    case 'yearly':
      return 'hằng năm';
    default:
      return 'định kỳ';
  }
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** A period by its key, as reports name it: '2026-Q2' → 'quý II/2026', '2026-05' → 'tháng 5/2026'. */
export function recurrencePeriodLabel(key: unknown): string {
  if (typeof key !== 'string') return 'kỳ báo cáo';
  const [, year, month, quarter, half] = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?$/.exec(key) ?? [];
  if (year === undefined) return `kỳ ${key}`;
  if (month !== undefined) return `tháng ${Number(month)}/${year}`;
  if (quarter !== undefined) return `quý ${ROMAN_QUARTERS[Number(quarter) - 1]}/${year}`;
  if (half !== undefined) return `6 tháng ${half === '1' ? 'đầu' : 'cuối'} năm ${year}`;
  return `năm ${year}`;
}

export function channelLabel(channel: unknown): string {
  switch (channel) {
    case 'email':
      return 'thư điện tử';
    case 'in_app':
      return 'thông báo trên hệ thống';
    case 'sms':
      return 'tin nhắn SMS';
    case 'webhook':
      return 'hệ thống liên kết (Hue-S, trung tâm điều hành)';
    case 'multi':
      return 'nhiều kênh';
    case 'none':
      return 'không kênh nào';
    default:
      return 'kênh khác';
  }
}

/** 'nhiệm vụ II.1', or the title when the task has no number in the plan. */
export function taskReference(
  task: { readonly code: string | null; readonly title: string } | undefined,
  taskId: unknown,
): string {
  if (!task) return `nhiệm vụ ${String(taskId)}`;
  return task.code ? `nhiệm vụ ${task.code}` : `nhiệm vụ ${quoted(task.title, 80)}`;
}
