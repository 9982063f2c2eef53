import { PostgresEventStore, type RecordedEvent } from '@giaoviec/event-store';
import { runMigrations } from '@giaoviec/platform';
import { createTestSchema, type TestSchema } from '../../../../../test/support/postgres';
import { compareAndSetCheckpoint, readGenerationCheckpoint } from '../../projection/generation-sql';
import { PostgresReadModelStore } from '../../projection/postgres-read-model-store';
import type { Projection, ProjectionSql } from '../../projection/projection';
import { dropReadModelSchemas, ReadModelGenerations } from '../../projection/read-model-generations';
import type { ReadModelStore } from '../../projection/read-model-store';

/**
 * The given-events / then-rows bed of the read models' tests, on the real PostgreSQL: a
 * schema with the app's migrations, a live read-model generation created by the engine
 * (so the projections' tables come from their own createTables), the engine's real
 * ReadModelStore for the query services, and `given(events)` applying events straight to
 * the projections in one transaction, as the runner does, without going through a log, so
 * a test controls every field of every event (and can apply a batch twice).
 */
export class ProjectionTestBed {
  private constructor(
    readonly db: TestSchema,
    readonly projections: readonly Projection[],
    readonly schema: string,
    readonly store: ReadModelStore,
    private readonly eventStore: PostgresEventStore,
  ) {}

  static async start(projections: readonly Projection[]): Promise<ProjectionTestBed> {
    const db = await createTestSchema({ prefix: 'rm_test', poolSize: 4 });
    await runMigrations(db.pool);
    const generations = new ReadModelGenerations(db.pool, () => projections, { logger: silentLogger });
    const live = await generations.ensureLive();
    const eventStore = await PostgresEventStore.create(db.pool, { pollIntervalMs: 50 });
    const store = new PostgresReadModelStore(db.pool, generations, eventStore);
    return new ProjectionTestBed(db, projections, live.schema, store, eventStore);
  }

  /**
   * Applies the events each projection declared, in one transaction per call; with
   * `advanceCheckpoint`, also moves the generation's checkpoint to the last of them, as the
   * runner does (the read models' position then says they are there).
   */
  async given(
    events: readonly RecordedEvent[],
    options: { advanceCheckpoint?: boolean } = {},
  ): Promise<void> {
    const client = await this.db.pool.connect();
    try {
      await client.query('BEGIN');
      const sql = {
        query: async (text: string, values?: readonly unknown[]) => {
          const result = await client.query(text, values as unknown[] | undefined);
          return { rows: result.rows, rowCount: result.rowCount };
        },
      } as ProjectionSql;
      for (const projection of this.projections) {
        const wanted = events.filter((event) => projection.eventTypes.includes(event.type));
        if (wanted.length > 0) await projection.apply(wanted, sql, this.schema);
      }
      const last = events[events.length - 1];
      if (options.advanceCheckpoint && last) {
        const stored = await readGenerationCheckpoint(client, this.schema);
        if (!(await compareAndSetCheckpoint(client, this.schema, stored, last.checkpoint))) {
          throw new Error(`The checkpoint of ${this.schema} moved while the test bed applied events`);
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  /** Moves the generation's checkpoint as the runner would after a batch: what the store reports as its position. */
  async markApplied(checkpoint: string): Promise<void> {
    await this.db.pool.query(`UPDATE ${this.schema}.projection_checkpoint SET checkpoint = $1 WHERE id`, [
      checkpoint,
    ]);
  }

  /** Every row of a table in a stable order: to compare states before and after a replay. */
  async rows(table: string, orderBy = '1'): Promise<Record<string, unknown>[]> {
    const { rows } = await this.db.pool.query(`SELECT * FROM ${this.schema}.${table} ORDER BY ${orderBy}`);
    return rows;
  }

  /** Every row of every read-model table, ordered: a snapshot to compare. */
  async snapshot(): Promise<Record<string, unknown[]>> {
    const { rows: tables } = await this.db.pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = $1 AND table_name LIKE 'rm\\_%' ORDER BY table_name`,
      [this.schema],
    );
    const snapshot: Record<string, unknown[]> = {};
    for (const { table_name } of tables) {
      const { rows } = await this.db.pool.query(
        `SELECT to_jsonb(t) AS row FROM ${this.schema}.${table_name} t ORDER BY to_jsonb(t)::text`,
      );
      snapshot[table_name] = rows.map((row) => row.row);
    }
    return snapshot;
  }

  async stop(): Promise<void> {
    await this.eventStore.close();
    await dropReadModelSchemas(this.db.pool);
    await this.db.drop();
  }
}

const silentLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
};
