import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type Redis from 'ioredis';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { ApiQueryOperation, INVALID_QUERY_TEXT } from '../http/openapi/api-operations';
import { PG_POOL } from '../postgres/postgres.tokens';
import { REDIS } from '../redis/redis.module';
import { PublicRoute } from '../request-context/public-route.decorator';
import { HealthCheckView } from './health-check.view';
import { type ExtraHealthIndicator, HEALTH_INDICATORS } from './health-indicators';

const TIMEOUT_MS = 2000;

/** Liveness and readiness of every component the system needs: 503 as soon as one is down. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(REDIS) private readonly redis: Redis,
    @Optional() @Inject(HEALTH_INDICATORS) private readonly extra: readonly ExtraHealthIndicator[] = [],
  ) {}

  @Get()
  @PublicRoute()
  // Terminus would document a 503 of its own result; the problem filter answers it as a problem.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiQueryOperation({
    summary: 'Checks the event store, PostgreSQL and Redis (and what other modules add: the read models)',
    answers: HealthCheckView,
    answerDescription: 'Every component is up',
    problems: {
      400: INVALID_QUERY_TEXT,
      503: `A component is down, or did not answer within ${TIMEOUT_MS / 1000} s (\`http.503\`)`,
    },
  })
  check() {
    return this.health.check([
      () =>
        this.probe('eventStore', async () => {
          await this.eventStore.ping();
          return { adapter: this.eventStore.adapterName };
        }),
      () => this.probe('postgres', async () => void (await this.pool.query('SELECT 1'))),
      () =>
        this.probe('redis', async () => {
          if (this.redis.status === 'wait') await this.redis.connect();
          await this.redis.ping();
        }),
      ...(this.extra ?? []).map((indicator) => () => this.probe(indicator.key, () => indicator.check())),
    ]);
  }

  /** Up if `work` settles within the timeout, down with the reason otherwise. */
  private async probe(key: string, work: () => Promise<Record<string, unknown> | void>) {
    const indicator = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      });
      const details = await Promise.race([work(), timeout]);
      return indicator.up(details ?? {});
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
    }
  }
}
