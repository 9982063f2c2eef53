import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { dropReadModelSchemas } from '@giaoviec/reporting';
import { runClosedLoop, type LoadResult } from './measure';

/**
 * The benchmark is a tool beside the app, like seeds/ and scripts/: it reads its few
 * settings from the environment here, and hands the app its configuration explicitly.
 */
export function benchSetting(name: string, fallback: string): string {
  return process.env[name] ?? fallback;
}

/** The benchmark database; created on first use, each run works in a schema of its own. */
export const BENCH_DATABASE_URL = benchSetting(
  'BENCH_DATABASE_URL',
  'postgres://postgres@127.0.0.1:5432/giaoviec_bench',
);

export const RAW_TABLE = 'bench_raw_inserts';

export async function ensureBenchDatabase(): Promise<void> {
  const url = new URL(BENCH_DATABASE_URL);
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

export function newSchemaName(): string {
  return `bench_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

/** A pool whose sessions commit synchronously (durably) and write into `schema`. */
export function benchPool(schema: string, max: number): Pool {
  return new Pool({
    connectionString: BENCH_DATABASE_URL,
    max,
    application_name: 'giaoviec-bench',
    options: `-c search_path=${schema} -c synchronous_commit=on`,
  });
}

/** The schemas this run made and has not dropped yet: dropped on Ctrl-C too. */
const liveSchemas = new Set<string>();

export async function createSchema(schema: string): Promise<void> {
  liveSchemas.add(schema);
  const pool = benchPool('public', 1);
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await pool.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.${RAW_TABLE} (id bigserial PRIMARY KEY, data jsonb NOT NULL)`,
    );
  } finally {
    await pool.end();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  const pool = benchPool(schema, 1);
  try {
    // Read-model generations live in schemas of their own, which the CASCADE below does not reach.
    await dropReadModelSchemas(pool);
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    liveSchemas.delete(schema);
  } finally {
    await pool.end();
  }
}

/** An interrupted run leaves no schema behind (a few GB at the --full sizes). */
export function dropSchemasOnInterrupt(log: (message: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: dropping ${[...liveSchemas].join(', ') || 'nothing'}…`);
      // A query still running holds its locks: give the drops 15 s, then go (a second Ctrl-C goes at once).
      const dropped = Promise.allSettled([...liveSchemas].map((schema) => dropSchema(schema)));
      const timeout = new Promise((resolve) => setTimeout(resolve, 15_000).unref());
      void Promise.race([dropped, timeout]).then(() => process.exit(130));
    });
  }
}

/**
 * The physical limit of durable appends here: single-row INSERTs of a small jsonb
 * document, one per transaction (autocommit), synchronous_commit on, from
 * `concurrency` connections at once.
 */
export async function rawInsertRate(
  schema: string,
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const pool = benchPool(schema, concurrency);
  try {
    const clients = await Promise.all(Array.from({ length: concurrency }, () => pool.connect()));
    try {
      const setting = await clients[0].query<{ synchronous_commit: string }>('SHOW synchronous_commit');
      if (setting.rows[0].synchronous_commit !== 'on')
        throw new Error(`synchronous_commit is ${setting.rows[0].synchronous_commit}, expected on`);
      const sql = `INSERT INTO ${RAW_TABLE} (data) VALUES ($1)`;
      return await runClosedLoop({
        concurrency,
        durationMs,
        operation: async (worker, iteration) => {
          await clients[worker].query(sql, [
            JSON.stringify({ type: 'ProgressReported', worker, iteration, summary: 'Đã lập dự toán' }),
          ]);
        },
      });
    } finally {
      for (const client of clients) client.release();
    }
  } finally {
    await pool.end();
  }
}
