import type { ReminderNotice } from './reminder-notice';
import { CHU_KY, escapeHtml, ngay, nhiemVu } from './vietnamese-text';

export interface EmailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The tag a subject starts with: what kind of message it is, readable in an inbox list. */
export function subjectTag(notice: ReminderNotice): '[Nhắc việc]' | '[Quá hạn]' | '[Báo cáo Ban Chỉ đạo]' {
  if (notice.escalationLevel === 'steering_committee') return '[Báo cáo Ban Chỉ đạo]';
  if (notice.escalationLevel === 'standing_office' || notice.daysOverdue > 0) return '[Quá hạn]';
  return '[Nhắc việc]';
}

function headline(notice: ReminderNotice): string {
  const task = nhiemVu(notice);
  const due = ngay(notice.dueDate);
  if (notice.daysOverdue > 0) return `${task} đã quá hạn ${notice.daysOverdue} ngày (hạn ${due})`;
  return `${task} đến hạn ngày ${due}`;
}

function explanation(notice: ReminderNotice): string {
  const due = ngay(notice.dueDate);
  switch (notice.escalationLevel) {
    case 'steering_committee':
      return `Nhiệm vụ quá hạn ${notice.daysOverdue} ngày so với hạn ${due} và đã được báo cáo Ban Chỉ đạo.`;
    case 'standing_office':
      return `Nhiệm vụ quá hạn ${notice.daysOverdue} ngày so với hạn ${due} và đã được báo cáo cơ quan thường trực.`;
    default:
      break;
  }
  if (notice.daysOverdue > 0) return `Nhiệm vụ đã quá hạn ${notice.daysOverdue} ngày (hạn ${due}).`;
  if (notice.kind === 'due_today') return `Hôm nay (${due}) là hạn hoàn thành nhiệm vụ.`;
  const days = /^before_due_(\d+)d$/.exec(notice.kind)?.[1];
  return days
    ? `Còn ${days} ngày nữa đến hạn hoàn thành nhiệm vụ (${due}).`
    : `Hạn hoàn thành nhiệm vụ: ${due}.`;
}

/**
 * The e-mail of a reminder or an escalation, in Vietnamese: a subject such as
 * "[Nhắc việc] Nhiệm vụ III.5.2 đến hạn ngày 31/12/2026", plain text and simple HTML.
 * Pure: the same notice always gives the same message.
 */
export function reminderEmail(notice: ReminderNotice): EmailContent {
  const subject = `${subjectTag(notice)} ${headline(notice)}`;
  const lines = [
    'Kính gửi Quý cơ quan, đơn vị,',
    '',
    explanation(notice),
    '',
    `Nhiệm vụ: ${notice.taskCode ? `${notice.taskCode}. ` : ''}${notice.taskTitle}`,
    `Đơn vị chủ trì: ${notice.leadAgencyName}`,
    `Hạn hoàn thành: ${ngay(notice.dueDate)}`,
    '',
    'Đề nghị đơn vị khẩn trương triển khai và cập nhật tiến độ trên hệ thống.',
    '',
    '--',
    CHU_KY,
  ];
  const html = [
    '<!doctype html><html lang="vi"><body style="font-family: Arial, sans-serif; font-size: 14px">',
    '<p>Kính gửi Quý cơ quan, đơn vị,</p>',
    `<p><strong>${escapeHtml(explanation(notice))}</strong></p>`,
    '<table cellpadding="4" style="border-collapse: collapse">',
    `<tr><td>Nhiệm vụ</td><td>${escapeHtml(`${notice.taskCode ? `${notice.taskCode}. ` : ''}${notice.taskTitle}`)}</td></tr>`,
    `<tr><td>Đơn vị chủ trì</td><td>${escapeHtml(notice.leadAgencyName)}</td></tr>`,
    `<tr><td>Hạn hoàn thành</td><td>${ngay(notice.dueDate)}</td></tr>`,
    '</table>',
    '<p>Đề nghị đơn vị khẩn trương triển khai và cập nhật tiến độ trên hệ thống.</p>',
    `<p style="color: #666; font-size: 12px">${escapeHtml(CHU_KY)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text: lines.join('\n'), html };
}
