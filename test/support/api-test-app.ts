import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import request from 'supertest';
import { ApiModule } from '../../apps/api/src/api.module';
import { EVENT_STORE, PostgresEventStore, type EventStore } from '@giaoviec/event-store';
import { FixedClock } from '@giaoviec/kernel';
import { CLOCK, configureHttpApp, PG_POOL } from '@giaoviec/platform';
import { dropReadModelSchemas } from '@giaoviec/reporting';
import { TEST_DATABASE_URL } from './test-database-url';
import { testAppEnvironment } from './test-app-environment';

export interface ApiTestApp {
  readonly app: INestApplication;
  readonly http: ReturnType<typeof request>;
  readonly store: EventStore;
  readonly clock: FixedClock;
  readonly schema: string;
  close(): Promise<void>;
}

/**
 * The real API (real pipeline, real PostgreSQL and Redis) in a schema of its own, with a
 * clock the test controls.
 */
export async function startApiTestApp(
  options: {
    now?: string;
    schema?: string;
    environment?: Record<string, string>;
    queuePrefix?: string;
    /** The event store records each event at the test's clock (not the database's), to record on chosen days. */
    recordAtClock?: boolean;
  } = {},
): Promise<ApiTestApp> {
  // A second instance on the same schema stands for another API process; the first one drops it.
  const sharesSchema = options.schema !== undefined;
  const schema = options.schema ?? `e2e_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const clock = new FixedClock(new Date(options.now ?? '2026-06-01T02:00:00.000Z'));
  const builder = Test.createTestingModule({
    imports: [
      ApiModule.withConfig(
        {
          ...testAppEnvironment(schema),
          ...options.environment,
        },
        { queuePrefix: options.queuePrefix },
      ),
    ],
  })
    .overrideProvider(CLOCK)
    .useValue(clock);
  if (options.recordAtClock) {
    builder.overrideProvider(EVENT_STORE).useFactory({
      inject: [PG_POOL],
      factory: (pool: Pool) => PostgresEventStore.create(pool, { schema, clock }),
    });
  }
  const moduleRef = await builder.compile();
  const app = configureHttpApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    store: app.get<EventStore>(EVENT_STORE),
    clock,
    schema,
    async close() {
      await app.close();
      if (sharesSchema) return;
      const pool = new Pool({
        connectionString: TEST_DATABASE_URL,
        max: 1,
        options: `-c search_path=${schema}`,
      });
      // Read-model generations live in schemas of their own, which the CASCADE below does not reach.
      await dropReadModelSchemas(pool);
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    },
  };
}

export { actorHeaders } from './access-tokens';
