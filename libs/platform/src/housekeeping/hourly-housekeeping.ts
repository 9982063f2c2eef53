import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

const EVERY_HOUR_MS = 3_600_000;

/**
 * A chore the worker runs at start and then hourly (forgetting old idempotency keys,
 * removing files no report names). A failure is logged and the next hour tries again.
 */
export abstract class HourlyHousekeeping<Result> implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;

  /** What the chore did, for the log and the tests. */
  protected abstract work(): Promise<Result>;
  /** What a failed run answers. */
  protected abstract readonly nothingDone: Result;
  protected abstract readonly failureMessage: string;

  onApplicationBootstrap(): void {
    void this.runOnce();
    this.timer = setInterval(() => void this.runOnce(), EVERY_HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async runOnce(): Promise<Result> {
    try {
      return await this.work();
    } catch (error) {
      this.logger.error(error, this.failureMessage);
      return this.nothingDone;
    }
  }
}
