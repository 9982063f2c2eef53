import { Module } from '@nestjs/common';
import { AgenciesModule } from '@giaoviec/agencies';
import { IdentityCommandsModule } from '@giaoviec/identity';
import { NotificationModule } from '../notification/notification.module';
import { DecisionNoticeReader } from './decision-notice.reader';
import { DecisionNotifier } from './decision-notifier';

/**
 * What a decision notice says and how it goes out. Its own module, not the reminders'
 * `notifierModule`, so a test that replaces the reminders' notifier still sends decisions
 * through the real channels.
 */
@Module({
  imports: [NotificationModule, IdentityCommandsModule, AgenciesModule],
  providers: [DecisionNoticeReader, DecisionNotifier],
  exports: [DecisionNoticeReader, DecisionNotifier],
})
export class DecisionNotifierModule {}
