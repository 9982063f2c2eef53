import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { IdempotencyStore } from './idempotency-store';

const EVERY_HOUR_MS = 3_600_000;

/** Forgets Idempotency-Keys older than IDEMPOTENCY_KEY_TTL_HOURS, hourly, in the worker. */
@Injectable()
export class IdempotencyKeyCleanup implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyKeyCleanup.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.runOnce();
    this.timer = setInterval(() => void this.runOnce(), EVERY_HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async runOnce(): Promise<number> {
    try {
      const removed = await this.store.deleteOlderThan(this.config.commands.idempotencyKeyTtlHours);
      if (removed > 0) this.logger.log({ removed }, 'Expired idempotency keys removed');
      return removed;
    } catch (error) {
      this.logger.error(error, 'Could not remove expired idempotency keys; will try again next hour');
      return 0;
    }
  }
}
