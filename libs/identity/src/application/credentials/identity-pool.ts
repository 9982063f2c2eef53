import type { Provider } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { createPool, PG_POOL } from '@giaoviec/platform';

/** DI token of the connections the credentials tables are written through. */
export const IDENTITY_PG_POOL = Symbol('IDENTITY_PG_POOL');

/**
 * A pool of its own for the credentials tables. A credential change holds a transaction
 * open while its event is appended (so the change commits only once its event is in the
 * store); the event store draws from the main pool. With one shared pool, enough
 * concurrent credential changes would hold every connection while each waited for one
 * more to append: a deadlock. Two pools cannot starve each other that way.
 */
export const identityPoolProvider: Provider = {
  provide: IDENTITY_PG_POOL,
  // PG_POOL first: it creates the schema and runs the migrations.
  inject: [APP_CONFIG, PG_POOL],
  useFactory: (config: AppConfig): Pool => {
    const pool = createPool(
      { ...config.postgres, poolSize: Math.max(2, Math.min(10, config.postgres.poolSize)) },
      'giaoviec-identity',
    );
    pool.on('error', () => undefined); // an idle connection dropped by the server: the next checkout reconnects
    return pool;
  },
};
