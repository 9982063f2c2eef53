import { recurrencePeriodLabel } from '@giaoviec/reporting';
import { renderEmail, type EmailContent } from './email-layout';
import type { ReminderNotice } from './reminder-notice';
import { ngay, nhiemVu, taskLine } from './vietnamese-text';

export type { EmailContent } from './email-layout';

/** The tag a subject starts with: what kind of message it is, readable in an inbox list. */
export function subjectTag(notice: ReminderNotice): '[Nhắc việc]' | '[Quá hạn]' | '[Báo cáo Ban Chỉ đạo]' {
  if (notice.escalationLevel === 'steering_committee') return '[Báo cáo Ban Chỉ đạo]';
  if (notice.escalationLevel === 'standing_office' || notice.daysOverdue > 0) return '[Quá hạn]';
  return '[Nhắc việc]';
}

/** 'Báo cáo quý II/2026 — hạn nộp 15/07/2026': the report a recurring task owes now. */
export function owedReport(notice: Pick<ReminderNotice, 'periodKey' | 'dueDate'>): string | undefined {
  if (!notice.periodKey) return undefined;
  return `Báo cáo ${recurrencePeriodLabel(notice.periodKey)} — hạn nộp ${ngay(notice.dueDate)}`;
}

function headline(notice: ReminderNotice): string {
  const task = nhiemVu(notice);
  const due = ngay(notice.dueDate);
  const owed = owedReport(notice);
  if (owed) {
    return notice.daysOverdue > 0
      ? `${task}: ${owed} (quá hạn ${notice.daysOverdue} ngày làm việc)`
      : `${task}: ${owed}`;
  }
  if (notice.daysOverdue > 0) return `${task} đã quá hạn ${notice.daysOverdue} ngày làm việc (hạn ${due})`;
  return `${task} đến hạn ngày ${due}`;
}

function explanation(notice: ReminderNotice): string {
  const due = ngay(notice.dueDate);
  // A recurring task owes one period's report: say which, so nobody sends last quarter's again.
  const what = notice.periodKey
    ? `nộp báo cáo ${recurrencePeriodLabel(notice.periodKey)}`
    : 'hoàn thành nhiệm vụ';
  switch (notice.escalationLevel) {
    case 'steering_committee':
      return `Nhiệm vụ quá hạn ${notice.daysOverdue} ngày làm việc so với hạn ${due} và đã được báo cáo Ban Chỉ đạo.`;
    case 'standing_office':
      return `Nhiệm vụ quá hạn ${notice.daysOverdue} ngày làm việc so với hạn ${due} và đã được báo cáo cơ quan thường trực.`;
    default:
      break;
  }
  if (notice.daysOverdue > 0) return `Đã quá hạn ${what} ${notice.daysOverdue} ngày làm việc (hạn ${due}).`;
  if (notice.kind === 'due_today') return `Hôm nay (${due}) là hạn ${what}.`;
  const days = /^before_due_(\d+)d$/.exec(notice.kind)?.[1];
  return days ? `Còn ${days} ngày nữa đến hạn ${what} (${due}).` : `Hạn ${what}: ${due}.`;
}

/**
 * The e-mail of a reminder or an escalation, in Vietnamese: a subject such as
 * "[Nhắc việc] Nhiệm vụ III.5.2 đến hạn ngày 31/12/2026" (of a recurring report:
 * "[Nhắc việc] Nhiệm vụ VI.3.1: Báo cáo quý II/2026 — hạn nộp 15/07/2026"), plain text and
 * simple HTML. Pure: the same notice always gives the same message.
 */
export function reminderEmail(notice: ReminderNotice): EmailContent {
  return renderEmail({
    subject: `${subjectTag(notice)} ${headline(notice)}`,
    lead: explanation(notice),
    facts: [
      ['Nhiệm vụ', taskLine(notice)],
      ['Đơn vị chủ trì', notice.leadAgencyName],
      ['Kỳ báo cáo', owedReport(notice) ?? ''],
      ['Hạn hoàn thành', notice.periodKey ? '' : ngay(notice.dueDate)],
    ],
    closing: 'Đề nghị đơn vị khẩn trương triển khai và cập nhật tiến độ trên hệ thống.',
  });
}
