import { Module } from '@nestjs/common';
import { IdentityCommandsModule } from '@giaoviec/identity';
import { ChannelDelivery } from './channel-delivery';
import { ChannelNotifier } from './channel-notifier';
import { Mailer } from './mailer';
import { RecipientDirectory } from './recipient-directory';
import { NOTIFIER } from './reminder-notice';
import { WebhookPublisher } from './webhook-publisher';

/**
 * NOTIFIER (e-mail, in-app, signed webhook) for the reminder processor, and the Mailer and
 * RecipientDirectory the morning digest reuses, and the ChannelDelivery of the decision notices. Needs the global infrastructure
 * (APP_CONFIG, CLOCK, PG_POOL, EVENT_STORE) of InfrastructureModule.
 */
@Module({
  imports: [IdentityCommandsModule],
  providers: [
    Mailer,
    WebhookPublisher,
    RecipientDirectory,
    ChannelDelivery,
    ChannelNotifier,
    { provide: NOTIFIER, useExisting: ChannelNotifier },
  ],
  exports: [NOTIFIER, Mailer, WebhookPublisher, RecipientDirectory, ChannelDelivery],
})
export class NotificationModule {}
