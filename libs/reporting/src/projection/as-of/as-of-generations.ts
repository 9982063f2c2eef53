import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import type { EventStore, GlobalCheckpoint } from '@giaoviec/event-store';
import type { LocalDate } from '@giaoviec/kernel';
import {
  asOfSchemaName,
  assertIdentifier,
  checkOut,
  createGenerationTables,
  type EngineLogger,
  inTransaction,
  projectionSignature,
  vacuumAnalyzeSchema,
} from '../generation-sql';
import type { Projection } from '../projection';
import type { ReadModelGenerations } from '../read-model-generations';
import { replayRecordedBefore } from './replay-recorded-before';

/** The read models as they stood at the end of a past day, ready to be read. */
export interface AsOfGeneration {
  readonly day: LocalDate;
  readonly schema: string;
  /** The last event it holds; undefined when nothing had been recorded by the end of the day. */
  readonly checkpoint: GlobalCheckpoint | undefined;
}

export interface AsOfGenerationsOptions {
  /** How many past days are kept built; the least recently read is dropped beyond (default 12). */
  readonly keep?: number;
  /** Events per transaction while building one (default 1000). */
  readonly batchSize?: number;
  readonly logger?: EngineLogger;
}

interface AsOfRow {
  [column: string]: unknown;
  as_of: string;
  schema_name: string;
  checkpoint: string | null;
}

const LOCK_NAMESPACE = 4_242_004; // with hashtext(app schema/day): one build per day per app schema
const DAY_LOCK = `$1, hashtext(current_schema() || '/' || $2)`;
const DEFAULT_KEEP = 12;

/**
 * Read models of past days, built on demand from the log into a schema per day and kept:
 * what was recorded by the end of a past day never changes, so a built one stays right for
 * good (until the projections change: then it is built again). They live in their own table,
 * never in read_model_generations, so the live projector, a rebuild and its switch neither
 * see nor touch them, and none of them can ever become live.
 *
 * Two requests for one day build it once: within a process they share the promise, across
 * processes the second waits on an advisory lock and then finds it ready.
 */
export class AsOfGenerations {
  private readonly keep: number;
  private readonly logger: EngineLogger;
  private readonly building = new Map<LocalDate, Promise<AsOfGeneration>>();

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    /** Names the schemas after the app schema, as the live generations are. */
    private readonly generations: Pick<ReadModelGenerations, 'appSchema'>,
    private readonly projections: () => readonly Projection[],
    private readonly options: AsOfGenerationsOptions = {},
  ) {
    this.keep = Math.max(1, options.keep ?? DEFAULT_KEEP);
    this.logger = options.logger ?? new Logger('AsOfReadModels');
  }

  /** The read models at the end of `day` (all events recorded before `recordedBefore`), built if needed. */
  async ensure(day: LocalDate, recordedBefore: Date): Promise<AsOfGeneration> {
    const ready = await this.touchReady(day);
    if (ready) return ready;
    const running = this.building.get(day);
    if (running) return running;
    const build = this.buildOnce(day, recordedBefore).finally(() => this.building.delete(day));
    this.building.set(day, build);
    return build;
  }

  /** The days kept, most recently read first. */
  async days(): Promise<LocalDate[]> {
    const { rows } = await this.pool.query<{ as_of: string }>(
      `SELECT to_char(as_of, 'YYYY-MM-DD') AS as_of FROM read_models_as_of WHERE status = 'ready'
       ORDER BY last_used_at DESC, as_of DESC`,
    );
    return rows.map((row) => row.as_of);
  }

  /** A ready one built with the projections this code has; marks it used (for the LRU cap). */
  private async touchReady(day: LocalDate): Promise<AsOfGeneration | undefined> {
    const { rows } = await this.pool.query<AsOfRow>(
      `UPDATE read_models_as_of SET last_used_at = clock_timestamp()
        WHERE as_of = $1 AND status = 'ready' AND projections = $2::text[]
        RETURNING to_char(as_of, 'YYYY-MM-DD') AS as_of, schema_name, checkpoint`,
      [day, this.signatures()],
    );
    return rows[0] && { day, schema: rows[0].schema_name, checkpoint: rows[0].checkpoint ?? undefined };
  }

  private async buildOnce(day: LocalDate, recordedBefore: Date): Promise<AsOfGeneration> {
    const lock = await checkOut(this.pool);
    let broken = false;
    try {
      await lock.client.query(`SELECT pg_advisory_lock(${DAY_LOCK})`, [LOCK_NAMESPACE, day]);
      // Another process may have built it while this one waited for the lock.
      const built = (await this.touchReady(day)) ?? (await this.build(day, recordedBefore));
      await this.dropBeyondCap(day);
      return built;
    } finally {
      broken = await lock.client.query(`SELECT pg_advisory_unlock(${DAY_LOCK})`, [LOCK_NAMESPACE, day]).then(
        () => false,
        () => true,
      );
      lock.release(broken);
    }
  }

  /** Under the day's lock: a fresh schema, the log replayed into it up to the end of the day. */
  private async build(day: LocalDate, recordedBefore: Date): Promise<AsOfGeneration> {
    const started = Date.now();
    const projections = this.projections();
    const schema = asOfSchemaName(await this.generations.appSchema(), day);
    await inTransaction(this.pool, async (client) => {
      // Whatever is there was left by a build that failed, or built with other projections.
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.query(`CREATE SCHEMA ${schema}`);
      await createGenerationTables(client, schema, projections);
      await client.query(
        `INSERT INTO read_models_as_of (as_of, schema_name, status, projections, recorded_before)
         VALUES ($1, $2, 'building', $3, $4)
         ON CONFLICT (as_of) DO UPDATE SET schema_name = EXCLUDED.schema_name, status = 'building',
           projections = EXCLUDED.projections, recorded_before = EXCLUDED.recorded_before,
           checkpoint = NULL, events_applied = 0, created_at = now(), built_at = NULL`,
        [day, schema, this.signatures(), recordedBefore],
      );
    });
    try {
      const replayed = await replayRecordedBefore({
        store: this.store,
        pool: this.pool,
        schema,
        projections,
        recordedBefore,
        batchSize: this.options.batchSize,
      });
      await vacuumAnalyzeSchema(this.pool, schema);
      await this.pool.query(
        `UPDATE read_models_as_of SET status = 'ready', checkpoint = $2, events_applied = $3,
           built_at = now(), last_used_at = clock_timestamp()
         WHERE as_of = $1`,
        [day, replayed.checkpoint ?? null, replayed.eventsApplied],
      );
      this.logger.log(
        { asOf: day, schema, eventsApplied: replayed.eventsApplied, durationMs: Date.now() - started },
        'Built the read models as of the end of a past day',
      );
      return { day, schema, checkpoint: replayed.checkpoint };
    } catch (error) {
      await this.drop(day, schema).catch((dropError: unknown) =>
        this.logger.error({ err: dropError, asOf: day }, 'Could not drop a failed as-of build'),
      );
      throw error;
    }
  }

  /** Drops the least recently read days beyond the cap; a day being built or read under its lock is skipped. */
  private async dropBeyondCap(justBuilt: LocalDate): Promise<void> {
    const { rows } = await this.pool.query<AsOfRow>(
      `SELECT to_char(as_of, 'YYYY-MM-DD') AS as_of, schema_name, checkpoint FROM read_models_as_of
        WHERE status = 'ready' AND as_of <> $1
        ORDER BY last_used_at DESC, as_of DESC OFFSET $2`,
      [justBuilt, this.keep - 1],
    );
    for (const row of rows) {
      const lock = await checkOut(this.pool);
      try {
        const { rows: locked } = await lock.client.query<{ locked: boolean }>(
          `SELECT pg_try_advisory_lock(${DAY_LOCK}) AS locked`,
          [LOCK_NAMESPACE, row.as_of],
        );
        if (!locked[0]?.locked) continue;
        try {
          await this.drop(row.as_of, row.schema_name);
          this.logger.log(
            { asOf: row.as_of, keep: this.keep },
            'Dropped the least recently read as-of read models',
          );
        } finally {
          await lock.client.query(`SELECT pg_advisory_unlock(${DAY_LOCK})`, [LOCK_NAMESPACE, row.as_of]);
        }
      } finally {
        lock.release();
      }
    }
  }

  private async drop(day: LocalDate, schema: string): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${assertIdentifier(schema)} CASCADE`);
    await this.pool.query('DELETE FROM read_models_as_of WHERE as_of = $1', [day]);
  }

  private signatures(): string[] {
    return this.projections().map(projectionSignature);
  }
}
