import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import type { EmailContent } from './email-layout';
import { Mailer } from './mailer';
import type { Recipient } from './recipient-directory';
import type { DeliveryReport } from './reminder-notice';
import { WebhookPublisher } from './webhook-publisher';

/**
 * One notice on every channel: in-app is reported (the caller's event or table makes the rows),
 * e-mail goes to each recipient with an address, the webhook to every subscriber. Throws when
 * the e-mail or the webhook fails, so the job is retried; a retry may repeat what went out.
 */
@Injectable()
export class ChannelDelivery {
  private readonly logger = new Logger(ChannelDelivery.name);

  constructor(
    private readonly mailer: Mailer,
    private readonly webhooks: WebhookPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async deliver(
    what: string,
    recipients: readonly Recipient[],
    email: EmailContent,
    webhookPayload: Record<string, unknown>,
  ): Promise<DeliveryReport> {
    const addresses = [...new Set(recipients.flatMap((r) => (r.email ? [r.email] : [])))];
    const channels: string[] = [];
    const failures: unknown[] = [];

    if (recipients.length > 0) channels.push('in_app');

    if (addresses.length > 0) {
      const results = await Promise.allSettled(addresses.map((to) => this.mailer.send(to, email)));
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed.length > 0) failures.push(...failed.map((r) => r.reason));
      else channels.push('email');
      // Counts only: addresses are personal data and stay out of the logs.
      this.logger.log(`E-mail for ${what}: ${addresses.length - failed.length}/${addresses.length} sent`);
    }

    if (this.webhooks.enabled) {
      try {
        await this.webhooks.publish(webhookPayload, this.clock.now());
        channels.push('webhook');
      } catch (error) {
        failures.push(error);
      }
    }

    if (failures.length > 0) throw new AggregateError(failures, `Notification of ${what} failed`);
    return { channels, recipients: recipients.map((r) => r.userId) };
  }
}
