import {
  Global,
  Inject,
  Injectable,
  Module,
  OnApplicationShutdown,
  type DynamicModule,
} from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { LocalDate } from '@giaoviec/kernel';
import { AS_OF_BACKGROUND_BUILDS, type AsOfBackgroundBuilds } from './as-of-background-builds';
import {
  AS_OF_BUILD_DAY_JOB,
  AS_OF_BUILD_DAY_OPTIONS,
  AS_OF_BUILD_QUEUE,
  asOfBuildJobId,
  type AsOfBuildDayData,
} from './as-of-build.queue';

const QUEUE_PREFIX = Symbol('AS_OF_BUILD_QUEUE_PREFIX');

/** The API's side of the queue: adds a day's build job, processes none (the worker does). */
@Injectable()
class QueuedAsOfBuilds implements AsOfBackgroundBuilds, OnApplicationShutdown {
  private readonly queue: Queue<AsOfBuildDayData>;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(QUEUE_PREFIX) prefix: string) {
    this.queue = new Queue(AS_OF_BUILD_QUEUE, { connection: { url: config.redis.url }, prefix });
    this.queue.on('error', () => undefined); // Redis away: the add below fails the request instead
  }

  async request(day: LocalDate): Promise<void> {
    await this.queue.add(
      AS_OF_BUILD_DAY_JOB,
      { day },
      { ...AS_OF_BUILD_DAY_OPTIONS, jobId: asOfBuildJobId(day) },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
  }
}

/**
 * Lets `?asOf=` hand long builds to the worker (AS_OF_BACKGROUND_BUILDS, for PointInTimeReads):
 * for the API, with the Redis key prefix of the worker's queues. Global, as the projection
 * engine that asks for it is.
 */
@Global()
@Module({})
export class AsOfBuildQueueModule {
  static forPrefix(prefix: string): DynamicModule {
    return {
      module: AsOfBuildQueueModule,
      providers: [
        { provide: QUEUE_PREFIX, useValue: prefix },
        { provide: AS_OF_BACKGROUND_BUILDS, useClass: QueuedAsOfBuilds },
      ],
      exports: [AS_OF_BACKGROUND_BUILDS],
    };
  }
}
