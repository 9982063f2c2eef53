import { Injectable } from '@nestjs/common';
import { ChannelDelivery } from './channel-delivery';
import { reminderEmail } from './email-templates';
import { RecipientDirectory } from './recipient-directory';
import type { DeliveryReport, Notifier, ReminderNotice } from './reminder-notice';

/**
 * The Notifier of the worker: every channel at once (ChannelDelivery).
 * - in_app: nothing is sent; the ReminderSent event the processor records with the
 *   recipients reported here (user ids) is projected into rm_notifications, one row each.
 * - email: one message per recipient who has an address (nodemailer over SMTP).
 * - webhook: one signed POST per subscriber URL (when any is configured).
 * Throws when the e-mail or the webhook fails, so the job is retried; a retry may repeat
 * an e-mail already sent, and records the reminder only once.
 */
@Injectable()
export class ChannelNotifier implements Notifier {
  constructor(
    private readonly recipients: RecipientDirectory,
    private readonly channels: ChannelDelivery,
  ) {}

  async deliver(notice: ReminderNotice): Promise<DeliveryReport> {
    const recipients = await this.recipients.forNotice(notice);
    return this.channels.deliver(
      `${notice.taskId} (${notice.kind})`,
      recipients,
      reminderEmail(notice),
      webhookPayload(notice),
    );
  }
}

/** What subscribers receive: the facts of the notice, with an id stable across retries. */
export function webhookPayload(notice: ReminderNotice): Record<string, unknown> {
  const type = notice.escalationLevel ? 'task.escalated' : 'task.reminder';
  return {
    id: `${type}:${notice.taskId}:${notice.kind}:${notice.dueDate}`,
    type,
    ...webhookTaskFacts(notice),
    kind: notice.kind,
    dueDate: notice.dueDate,
    daysOverdue: notice.daysOverdue,
    ...(notice.escalationLevel ? { escalationLevel: notice.escalationLevel } : {}),
    ...(notice.periodKey ? { periodKey: notice.periodKey } : {}),
  };
}

/** The task a webhook is about, as every notice's payload names it: ids, and the lead agency's name. */
export function webhookTaskFacts(
  notice: Pick<
    ReminderNotice,
    'taskId' | 'planId' | 'taskCode' | 'taskTitle' | 'leadAgencyId' | 'leadAgencyName'
  >,
): Record<string, unknown> {
  return {
    taskId: notice.taskId,
    planId: notice.planId,
    taskCode: notice.taskCode,
    taskTitle: notice.taskTitle,
    leadAgencyId: notice.leadAgencyId,
    leadAgencyName: notice.leadAgencyName,
  };
}
