import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { AfterRedisDataLoss } from '@giaoviec/platform';
import { DIGEST_JOB, DIGEST_QUEUE, DIGEST_SCHEDULER_ID, digestRepeat } from './digest.queue';
import { DigestService } from './digest.service';

/** Runs the morning digest when its job fires; any other job name on the queue is an error. */
@Processor(DIGEST_QUEUE)
export class DigestProcessor extends WorkerHost {
  constructor(private readonly digests: DigestService) {
    super();
  }

  async process(job: Job): Promise<{ sent: number; tasks: number; skipped?: 'day_off' }> {
    if (job.name !== DIGEST_JOB) throw new Error(`No handler for job ${job.name} on ${DIGEST_QUEUE}`);
    const outcome = await this.digests.sendDigest();
    if (outcome.skipped) return { sent: 0, tasks: 0, skipped: outcome.skipped };
    const { totals } = outcome.digest;
    return { sent: outcome.sent, tasks: totals.becameOverdue + totals.escalated + totals.dueThisWeek };
  }
}

/**
 * Keeps the one job scheduler of the digest at config.reminders.digestLocalHour (Huế time),
 * every day. Upserting is idempotent: every worker start does it, a changed hour moves it, and
 * so does the worker when it sees that Redis lost its data (the scheduler with it).
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(DIGEST_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
  }

  @AfterRedisDataLoss()
  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      DIGEST_SCHEDULER_ID,
      digestRepeat(this.config.reminders.digestLocalHour),
      {
        name: DIGEST_JOB,
        data: {},
        opts: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 60_000 },
          removeOnComplete: 30,
          removeOnFail: 100,
        },
      },
    );
  }
}
