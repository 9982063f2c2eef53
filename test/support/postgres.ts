import { TEST_DATABASE_URL } from './test-database-url';
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';

export const POSTGRES_TEST_URL = TEST_DATABASE_URL;

export interface TestSchema {
  /** Every connection of this pool works in `schema` (search_path). */
  readonly pool: Pool;
  readonly schema: string;
  readonly connectionString: string;
  /** Ends the pool and drops the schema with everything in it. */
  drop(): Promise<void>;
}

/**
 * A schema of its own for one test file (or one test), so integration tests can run in
 * parallel against the one test database without seeing each other's rows.
 */
export async function createTestSchema(
  options: { prefix?: string; poolSize?: number } = {},
): Promise<TestSchema> {
  const connectionString = POSTGRES_TEST_URL;
  const schema = `${options.prefix ?? 'test'}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new TypeError(`Invalid schema prefix: ${options.prefix}`);
  await withAdmin(connectionString, (admin) => admin.query(`CREATE SCHEMA "${schema}"`));
  const pool = new Pool({
    connectionString,
    max: options.poolSize ?? 10,
    options: `-c search_path=${schema}`,
    application_name: `test:${schema}`,
  });
  pool.on('error', () => undefined); // an idle connection dropped by the server: the next checkout reconnects
  let dropped = false;
  return {
    pool,
    schema,
    connectionString,
    async drop() {
      if (dropped) return;
      dropped = true;
      await pool.end();
      await withAdmin(connectionString, (admin) => admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
    },
  };
}

async function withAdmin<T>(connectionString: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
