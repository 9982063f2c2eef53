import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { HourlyHousekeeping } from '../housekeeping/hourly-housekeeping';
import { IdempotencyStore } from './idempotency-store';

/** Forgets Idempotency-Keys older than IDEMPOTENCY_KEY_TTL_HOURS, hourly, in the worker. */
@Injectable()
export class IdempotencyKeyCleanup extends HourlyHousekeeping<number> {
  protected readonly nothingDone = 0;
  protected readonly failureMessage = 'Could not remove expired idempotency keys; will try again next hour';

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  protected async work(): Promise<number> {
    const removed = await this.store.deleteOlderThan(this.config.commands.idempotencyKeyTtlHours);
    if (removed > 0) this.logger.log({ removed }, 'Expired idempotency keys removed');
    return removed;
  }
}
