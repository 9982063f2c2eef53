import { Pool } from 'pg';
import type { AppConfig } from '@giaoviec/config';

/** One pool per process; every connection works in the configured schema. */
export function createPool(config: AppConfig['postgres'], applicationName: string): Pool {
  return new Pool({
    connectionString: config.url,
    max: config.poolSize,
    application_name: applicationName,
    options: `-c search_path=${config.schema}`,
  });
}
