import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { endOfLocalDate, localDateAt, type Clock, type LocalDate } from '@giaoviec/kernel';
import { AfterRedisDataLoss, CLOCK } from '@giaoviec/platform';
import { AsOfGenerations } from './as-of-generations';
import {
  AS_OF_BUILD_DAY_JOB,
  AS_OF_BUILD_QUEUE,
  AS_OF_PREBUILD_JOB,
  AS_OF_PREBUILD_REPEAT,
  AS_OF_PREBUILD_SCHEDULER_ID,
  type AsOfBuildDayData,
} from './as-of-build.queue';
import { daysToPrebuild } from './days-to-prebuild';

export interface AsOfPrebuilt {
  readonly days: readonly LocalDate[];
}

/**
 * Builds past days' read models in the worker: the day a request asked for (and was
 * answered 202), and every night the month end just passed and the configured days, each
 * kept beyond the cap (pinned). Each build starts from the nearest earlier built day.
 */
@Processor(AS_OF_BUILD_QUEUE)
export class AsOfBuildProcessor extends WorkerHost {
  private readonly logger = new Logger(AsOfBuildProcessor.name);

  constructor(
    private readonly generations: AsOfGenerations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job): Promise<AsOfPrebuilt> {
    switch (job.name) {
      case AS_OF_BUILD_DAY_JOB: {
        const { day } = job.data as AsOfBuildDayData;
        await this.generations.ensure(day, endOfLocalDate(day));
        return { days: [day] };
      }
      case AS_OF_PREBUILD_JOB:
        return this.prebuild();
      default:
        throw new Error(`No handler for job ${job.name} on ${AS_OF_BUILD_QUEUE}`);
    }
  }

  /** The days of daysToPrebuild for today in Huế, built if need be and pinned. */
  async prebuild(): Promise<AsOfPrebuilt> {
    const days = daysToPrebuild(localDateAt(this.clock.now()), this.config.asOf.pinnedDays);
    for (const day of days) {
      await this.generations.ensure(day, endOfLocalDate(day));
      await this.generations.pin(day);
    }
    if (days.length > 0) this.logger.log({ days }, 'Past days read models built ahead and pinned');
    return { days };
  }
}

/**
 * Keeps the one job scheduler of the nightly builds (00:30 in Huế); upserting is idempotent,
 * at start and again when the worker sees that Redis lost its data (the scheduler with it).
 */
@Injectable()
export class AsOfPrebuildScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(AS_OF_BUILD_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
  }

  @AfterRedisDataLoss()
  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(AS_OF_PREBUILD_SCHEDULER_ID, AS_OF_PREBUILD_REPEAT, {
      name: AS_OF_PREBUILD_JOB,
      data: {},
      opts: {
        attempts: 3,
        backoff: { type: 'exponential', delay: 300_000 },
        removeOnComplete: 30,
        removeOnFail: 100,
      },
    });
  }
}
