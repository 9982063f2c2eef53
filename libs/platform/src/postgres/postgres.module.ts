import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '@giaoviec/config';
import { createPool } from './create-pool';
import { PG_POOL } from './postgres.tokens';
import { runMigrations } from './run-migrations';

@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const pool = createPool(config.postgres, 'giaoviec');
        await pool.query(`CREATE SCHEMA IF NOT EXISTS ${config.postgres.schema}`);
        await runMigrations(pool);
        return pool;
      },
    },
  ],
  exports: [PG_POOL],
})
export class PostgresModule implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
