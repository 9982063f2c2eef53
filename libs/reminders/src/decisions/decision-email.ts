import { recurrencePeriodLabel } from '@giaoviec/reporting';
import { webhookTaskFacts } from '../notification/channel-notifier';
import { renderEmail, type EmailContent } from '../notification/email-layout';
import { ngay, nhiemVu, taskLine } from '../notification/vietnamese-text';
import { DECISION_NOTICE_TYPES, type DecisionNotice } from './decision-notice';

/** 'Kế hoạch 495/KH-UBND: Triển khai …', or the title alone when the plan has no number. */
function planLine(notice: DecisionNotice): string {
  if (!notice.plan) return '';
  return notice.plan.number ? `${notice.plan.number}: ${notice.plan.title}` : notice.plan.title;
}

function deadline(notice: DecisionNotice): string {
  if (!notice.dueDate) return 'Không có thời hạn cụ thể';
  return notice.periodKey
    ? `Báo cáo ${recurrencePeriodLabel(notice.periodKey)} — hạn nộp ${ngay(notice.dueDate)}`
    : ngay(notice.dueDate);
}

interface Wording {
  readonly tag: string;
  readonly headline: string;
  readonly lead: string;
  readonly closing: string;
}

const ACKNOWLEDGE = 'Đề nghị đơn vị tiếp nhận nhiệm vụ trên hệ thống và tổ chức triển khai.';

function wording(notice: DecisionNotice): Wording {
  const task = nhiemVu(notice);
  // Mid-sentence: 'nhiệm vụ III.5.2'.
  const inSentence = `${task.charAt(0).toLowerCase()}${task.slice(1)}`;
  const lead = notice.leadAgencyName;
  switch (notice.eventType) {
    case 'TaskAssigned':
      return {
        tag: '[Giao nhiệm vụ]',
        headline: `${task} giao ${lead} chủ trì${notice.dueDate ? `, hạn ${ngay(notice.dueDate)}` : ''}`,
        lead: `${lead} được giao chủ trì thực hiện ${inSentence}.`,
        closing: ACKNOWLEDGE,
      };
    case 'TaskReassigned':
      return {
        tag: '[Chuyển nhiệm vụ]',
        headline: `${task} chuyển ${lead} chủ trì`,
        lead: `${task} được chuyển từ ${notice.previousLeadAgencyName ?? 'đơn vị trước'} sang ${lead} chủ trì.`,
        closing: ACKNOWLEDGE,
      };
    case 'CompletionReturned':
      return {
        tag: '[Trả lại kết quả]',
        headline: `Kết quả ${inSentence} bị trả lại, cần bổ sung`,
        lead: `Kết quả thực hiện ${inSentence} chưa được chấp nhận và được trả lại để bổ sung, hoàn thiện.`,
        closing: 'Đề nghị đơn vị bổ sung, hoàn thiện và báo cáo lại kết quả trên hệ thống.',
      };
    case 'ExtensionGranted':
      return {
        tag: '[Gia hạn]',
        headline: `${task} được gia hạn đến ${ngay(notice.dueDate ?? '')}`,
        lead: `Đề nghị gia hạn ${inSentence} được đồng ý: hạn mới ${ngay(notice.dueDate ?? '')} (hạn cũ ${ngay(notice.previousDueDate ?? '')}).`,
        closing: 'Đề nghị đơn vị hoàn thành nhiệm vụ trong thời hạn mới.',
      };
    case 'ExtensionRejected':
      return {
        tag: '[Gia hạn]',
        headline: `Đề nghị gia hạn ${inSentence} không được đồng ý`,
        lead: `Đề nghị gia hạn ${inSentence} không được đồng ý; thời hạn giữ nguyên.`,
        closing: 'Đề nghị đơn vị khẩn trương hoàn thành nhiệm vụ đúng thời hạn.',
      };
  }
}

/**
 * The e-mail of a decision the lead agency waits for, in Vietnamese: a subject such as
 * "[Gia hạn] Nhiệm vụ III.5.2 được gia hạn đến 31/03/2027", the task, the plan, the agencies
 * and the person who decided by name (never an id), dates dd/mm/yyyy. Pure.
 */
export function decisionEmail(notice: DecisionNotice): EmailContent {
  const words = wording(notice);
  const reasonLabel = notice.eventType === 'TaskReassigned' ? 'Lý do chuyển' : 'Lý do';
  return renderEmail({
    subject: `${words.tag} ${words.headline}`,
    lead: words.lead,
    facts: [
      ['Nhiệm vụ', taskLine(notice)],
      ['Kế hoạch', planLine(notice)],
      ['Đơn vị chủ trì', notice.leadAgencyName],
      ['Đơn vị phối hợp', notice.coordinatingAgencyNames.join(', ')],
      ['Hạn hoàn thành', deadline(notice)],
      [reasonLabel, notice.reason ?? ''],
      ['Ghi chú', notice.note ?? ''],
      [
        'Người quyết định',
        notice.decidedBy ? `${notice.decidedBy.name} (${notice.decidedBy.agencyName})` : '',
      ],
      ['Ngày quyết định', ngay(notice.decidedOn)],
    ],
    closing: words.closing,
  });
}

/** What webhook subscribers receive: the facts with ids, and the notice's id, stable across retries. */
export function decisionWebhookPayload(notice: DecisionNotice): Record<string, unknown> {
  return {
    id: notice.noticeId,
    type: DECISION_NOTICE_TYPES[notice.eventType],
    eventId: notice.eventId,
    ...webhookTaskFacts(notice),
    dueDate: notice.dueDate,
    ...(notice.previousDueDate ? { previousDueDate: notice.previousDueDate } : {}),
    ...(notice.periodKey ? { periodKey: notice.periodKey } : {}),
    ...(notice.reason !== undefined ? { reason: notice.reason } : {}),
    ...(notice.note !== undefined ? { note: notice.note } : {}),
    decidedOn: notice.decidedOn,
  };
}
