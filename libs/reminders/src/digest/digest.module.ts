import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { DigestProcessor, DigestScheduler } from './digest.processor';
import { DIGEST_QUEUE } from './digest.queue';
import { DigestReader } from './digest.reader';
import { DigestService } from './digest.service';

/**
 * The standing office's morning digest, for the worker: the queue, its job scheduler (daily at
 * config.reminders.digestLocalHour, Huế) and the processor. Needs BullModule.forRoot(Async)
 * (the Redis connection) and the global ProjectionEngineModule (READ_MODEL_STORE).
 */
@Module({
  imports: [BullModule.registerQueue({ name: DIGEST_QUEUE }), NotificationModule],
  providers: [DigestReader, DigestService, DigestProcessor, DigestScheduler],
  exports: [DigestService],
})
export class DigestModule {}
