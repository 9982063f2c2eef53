import { Injectable } from '@nestjs/common';
import { ChannelDelivery } from '../notification/channel-delivery';
import { RecipientDirectory } from '../notification/recipient-directory';
import type { DeliveryReport } from '../notification/reminder-notice';
import { decisionEmail, decisionWebhookPayload } from './decision-email';
import type { DecisionNotice } from './decision-notice';

/**
 * A decision by e-mail and webhook. The in-app row is the notifications projection's, for
 * every user of the lead agency: the e-mail goes to the same people (those with an address).
 */
@Injectable()
export class DecisionNotifier {
  constructor(
    private readonly recipients: RecipientDirectory,
    private readonly channels: ChannelDelivery,
  ) {}

  async deliver(notice: DecisionNotice): Promise<DeliveryReport> {
    const people = await this.recipients.ofAgency(notice.leadAgencyId);
    return this.channels.deliver(
      notice.noticeId,
      people,
      decisionEmail(notice),
      decisionWebhookPayload(notice),
    );
  }
}
