import { Pool } from 'pg';
import type { AppConfig } from '@giaoviec/config';

/**
 * One pool per process; every connection works in the configured schema. JIT is off: the
 * app's statements are short, and compiling the dashboards' aggregates cost more (100+ ms at
 * a million tasks) than it saved.
 */
export function createPool(config: AppConfig['postgres'], applicationName: string): Pool {
  return new Pool({
    connectionString: config.url,
    max: config.poolSize,
    application_name: applicationName,
    options: `-c search_path=${config.schema} -c jit=off`,
  });
}
