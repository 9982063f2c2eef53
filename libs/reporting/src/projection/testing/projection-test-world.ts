import type { Pool } from 'pg';
import { PostgresEventStore, type GlobalCheckpoint } from '@giaoviec/event-store';
import { runMigrations } from '@giaoviec/platform';
import { createTestSchema, type TestSchema } from '../../../../../test/support/postgres';
import type { EngineLogger } from '../generation-sql';
import { readGenerationCheckpoint } from '../generation-sql';
import type { Projection } from '../projection';
import { ProjectionRunner, type ProjectionRunnerOptions } from '../projection-runner';
import { dropReadModelSchemas, ReadModelGenerations } from '../read-model-generations';

/** Keeps what the engine logs, for tests that check a failure was reported. */
export class RecordingLogger implements EngineLogger {
  readonly entries: { level: string; args: unknown[] }[] = [];
  log = (...args: unknown[]) => void this.entries.push({ level: 'log', args });
  warn = (...args: unknown[]) => void this.entries.push({ level: 'warn', args });
  error = (...args: unknown[]) => void this.entries.push({ level: 'error', args });
  debug = (...args: unknown[]) => void this.entries.push({ level: 'debug', args });
  errors(): unknown[][] {
    return this.entries.filter((entry) => entry.level === 'error').map((entry) => entry.args);
  }
}

export interface ProjectionWorld {
  readonly db: TestSchema;
  readonly pool: Pool;
  readonly store: PostgresEventStore;
  readonly generations: ReadModelGenerations;
  readonly logger: RecordingLogger;
  /** A runner on `schema` (stopped by teardown). */
  runner(schema: string, overrides?: Partial<ProjectionRunnerOptions>): ProjectionRunner;
  /** Stops every runner started so far. */
  stopRunners(): Promise<void>;
  checkpointOf(schema: string): Promise<GlobalCheckpoint | undefined>;
  /** Polls until the generation's stored checkpoint is the head of the log. */
  caughtUp(schema: string, timeoutMs?: number): Promise<GlobalCheckpoint | undefined>;
  teardown(): Promise<void>;
}

/**
 * A schema of its own with the app's migrations and the PostgreSQL event store, for the
 * projection engine's integration tests.
 */
export async function createProjectionWorld(
  projections: () => readonly Projection[],
  options: { poolSize?: number; cacheMs?: number } = {},
): Promise<ProjectionWorld> {
  const db = await createTestSchema({ prefix: 'projection', poolSize: options.poolSize ?? 20 });
  await runMigrations(db.pool);
  const store = await PostgresEventStore.create(db.pool, { pollIntervalMs: 50 });
  const logger = new RecordingLogger();
  const generations = new ReadModelGenerations(db.pool, projections, {
    cacheMs: options.cacheMs ?? 50,
    logger,
  });
  const runners: ProjectionRunner[] = [];
  const world: ProjectionWorld = {
    db,
    pool: db.pool,
    store,
    generations,
    logger,
    runner(schema, overrides = {}) {
      const runner = new ProjectionRunner({
        store,
        pool: db.pool,
        schema,
        projections: projections(),
        idleAdvanceMs: 50,
        retry: { initialMs: 10, maxMs: 100 },
        logger,
        ...overrides,
      });
      runners.push(runner);
      return runner;
    },
    async stopRunners() {
      await Promise.all(runners.map((runner) => runner.stop()));
    },
    checkpointOf: (schema) => readGenerationCheckpoint(db.pool, schema),
    async caughtUp(schema, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [head, checkpoint] = [await store.headCheckpoint(), await world.checkpointOf(schema)];
        if (checkpoint === head) return checkpoint;
        if (Date.now() > deadline) {
          throw new Error(
            `${schema} did not catch up within ${timeoutMs} ms: at ${checkpoint}, head ${head}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async teardown() {
      await Promise.all(runners.map((runner) => runner.stop()));
      await store.close();
      await dropReadModelSchemas(db.pool);
      await db.drop();
    },
  };
  return world;
}

/** Every row of every table of a schema (but the checkpoint's updated_at), ordered, for comparing two generations. */
export async function snapshotSchema(pool: Pool, schema: string): Promise<Record<string, unknown[]>> {
  const { rows: tables } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
    [schema],
  );
  const snapshot: Record<string, unknown[]> = {};
  for (const { table_name } of tables) {
    // When the checkpoint moved is the one thing two replays of the log do not share.
    const row = table_name === 'projection_checkpoint' ? `to_jsonb(t) - 'updated_at'` : 'to_jsonb(t)';
    const { rows } = await pool.query(
      `SELECT ${row} AS row FROM ${schema}.${table_name} t ORDER BY ${row}::text`,
    );
    snapshot[table_name] = rows.map((row) => row.row);
  }
  return snapshot;
}

/** Polls `check` until it returns true; a bounded wait. */
export async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
