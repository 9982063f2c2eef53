import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import { reminderEmail } from './email-templates';
import { Mailer } from './mailer';
import { RecipientDirectory } from './recipient-directory';
import type { DeliveryReport, Notifier, ReminderNotice } from './reminder-notice';
import { WebhookPublisher } from './webhook-publisher';

/**
 * The Notifier of the worker: every channel at once.
 * - in_app: nothing is sent; the ReminderSent event the processor records with the
 *   recipients reported here (user ids) is projected into rm_notifications, one row each.
 * - email: one message per recipient who has an address (nodemailer over SMTP).
 * - webhook: one signed POST per subscriber URL (when any is configured).
 * Throws when the e-mail or the webhook fails, so the job is retried; a retry may repeat
 * an e-mail already sent, and records the reminder only once.
 */
@Injectable()
export class ChannelNotifier implements Notifier {
  private readonly logger = new Logger(ChannelNotifier.name);

  constructor(
    private readonly recipients: RecipientDirectory,
    private readonly mailer: Mailer,
    private readonly webhooks: WebhookPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async deliver(notice: ReminderNotice): Promise<DeliveryReport> {
    const recipients = await this.recipients.forNotice(notice);
    const addresses = [...new Set(recipients.flatMap((r) => (r.email ? [r.email] : [])))];
    const channels: string[] = [];
    const failures: unknown[] = [];

    if (recipients.length > 0) channels.push('in_app');

    if (addresses.length > 0) {
      const email = reminderEmail(notice);
      const results = await Promise.allSettled(addresses.map((to) => this.mailer.send(to, email)));
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed.length > 0) failures.push(...failed.map((r) => r.reason));
      else channels.push('email');
      // Counts only: addresses are personal data and stay out of the logs.
      this.logger.log(
        `E-mail for ${notice.taskId} (${notice.kind}): ${addresses.length - failed.length}/${addresses.length} sent`,
      );
    }

    if (this.webhooks.enabled) {
      try {
        await this.webhooks.publish(webhookPayload(notice), this.clock.now());
        channels.push('webhook');
      } catch (error) {
        failures.push(error);
      }
    }

    if (failures.length > 0) {
      throw new AggregateError(failures, `Notification of ${notice.taskId} (${notice.kind}) failed`);
    }
    return { channels, recipients: recipients.map((r) => r.userId) };
  }
}

/** What subscribers receive: the facts of the notice, with an id stable across retries. */
export function webhookPayload(notice: ReminderNotice): Record<string, unknown> {
  const type = notice.escalationLevel ? 'task.escalated' : 'task.reminder';
  return {
    id: `${type}:${notice.taskId}:${notice.kind}:${notice.dueDate}`,
    type,
    taskId: notice.taskId,
    planId: notice.planId,
    taskCode: notice.taskCode,
    taskTitle: notice.taskTitle,
    leadAgencyId: notice.leadAgencyId,
    leadAgencyName: notice.leadAgencyName,
    kind: notice.kind,
    dueDate: notice.dueDate,
    daysOverdue: notice.daysOverdue,
    ...(notice.escalationLevel ? { escalationLevel: notice.escalationLevel } : {}),
    ...(notice.periodKey ? { periodKey: notice.periodKey } : {}),
  };
}
