import { Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
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
import { pointInTimeProjections } from './point-in-time-projections';
import type { Projection } from '../projection';
import type { ReadModelGenerations } from '../read-model-generations';
import { copyGenerationTables, type CopyStrategy } from './copy-generation-tables';
import { countLogPrefix } from './log-prefix';
import { replayRecordedBefore } from './replay-recorded-before';

/** The read models as they stood at the end of a past day, ready to be read. */
export interface AsOfGeneration {
  readonly day: LocalDate;
  readonly schema: string;
  /** The last event it holds; undefined when nothing had been recorded by the end of the day. */
  readonly checkpoint: GlobalCheckpoint | undefined;
}

/** What building a day would take: the earlier day it would start from, and the events to replay. */
export interface AsOfBuildPlan {
  /** The nearest earlier day built with the same projections; undefined: from the start of the log. */
  readonly seededFrom: LocalDate | undefined;
  /** Events recorded after the seed's and before the day's end, counted up to the cap asked for. */
  readonly eventsToReplay: number;
  /** The count stopped at the cap: there are at least that many. */
  readonly capped: boolean;
}

export interface AsOfGenerationsOptions {
  /** How many past days are kept built besides the pinned ones; the least recently read is dropped beyond (default 12). */
  readonly keep?: number;
  /** Events per transaction while building one (default 1000). */
  readonly batchSize?: number;
  /** How an earlier day's tables are copied into a later day's schema (default 'indexes-after'). */
  readonly copyStrategy?: CopyStrategy;
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
 * A day starts from the nearest earlier day already built (its tables copied, then only the
 * events recorded between the two replayed): the projections are idempotent per stream
 * version and the copy carries its checkpoint, so the rows are those a replay from the start
 * gives. Only earlier days can seed later ones: the log is append-only, so no generation
 * holds less than a later day and could be taken back to an earlier one.
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
    /** The live projections; a past day keeps what each asks for (pointInTimeProjections). */
    private readonly liveProjections: () => readonly Projection[],
    private readonly options: AsOfGenerationsOptions = {},
  ) {
    this.keep = Math.max(1, options.keep ?? DEFAULT_KEEP);
    this.logger = options.logger ?? new Logger('AsOfReadModels');
  }

  private projections(): readonly Projection[] {
    return pointInTimeProjections(this.liveProjections());
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

  /** The day's read models if they are built, marked used; undefined otherwise (nothing is built). */
  async findReady(day: LocalDate): Promise<AsOfGeneration | undefined> {
    return this.touchReady(day);
  }

  /** What building `day` would replay, counted up to `cap` events (reads the log, builds nothing). */
  async plan(day: LocalDate, recordedBefore: Date, cap: number): Promise<AsOfBuildPlan> {
    const seed = await this.nearestEarlier(day);
    const eventsToReplay = await countLogPrefix({
      store: this.store,
      after: seed?.checkpoint,
      recordedBefore,
      eventTypes: this.eventTypes(),
      cap,
    });
    return { seededFrom: seed?.day, eventsToReplay, capped: eventsToReplay >= cap };
  }

  /** Keeps a built day whatever the cap (month and quarter ends, configured days). */
  async pin(day: LocalDate): Promise<void> {
    await this.pool.query('UPDATE read_models_as_of SET pinned = true WHERE as_of = $1', [day]);
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

  /**
   * Under the day's lock: a fresh schema holding the nearest earlier day's tables (or empty
   * ones), then the log replayed into it up to the end of the day.
   */
  private async build(day: LocalDate, recordedBefore: Date): Promise<AsOfGeneration> {
    const started = Date.now();
    const projections = this.projections();
    const schema = asOfSchemaName(await this.generations.appSchema(), day);
    const seed = await inTransaction(this.pool, async (client) => {
      // Whatever is there was left by a build that failed, or built with other projections.
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.query(`CREATE SCHEMA ${schema}`);
      const seed = await this.lockNearestEarlier(client, day);
      if (seed) await copyGenerationTables(client, seed.schema, schema, this.options.copyStrategy);
      else await createGenerationTables(client, schema, projections);
      await client.query(
        `INSERT INTO read_models_as_of (as_of, schema_name, status, projections, recorded_before, seeded_from)
         VALUES ($1, $2, 'building', $3, $4, $5)
         ON CONFLICT (as_of) DO UPDATE SET schema_name = EXCLUDED.schema_name, status = 'building',
           projections = EXCLUDED.projections, recorded_before = EXCLUDED.recorded_before,
           seeded_from = EXCLUDED.seeded_from, checkpoint = NULL, events_applied = 0, created_at = now(),
           built_at = NULL`,
        [day, schema, this.signatures(), recordedBefore, seed?.day ?? null],
      );
      return seed;
    });
    try {
      const replayed = await replayRecordedBefore({
        store: this.store,
        pool: this.pool,
        schema,
        projections,
        after: seed?.checkpoint,
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
        {
          asOf: day,
          schema,
          seededFrom: seed?.day ?? null,
          eventsApplied: replayed.eventsApplied,
          durationMs: Date.now() - started,
        },
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

  /**
   * Drops the least recently read days beyond the cap, the pinned ones apart; a day being
   * built, or copied into a later one, under its lock is skipped.
   */
  private async dropBeyondCap(justBuilt: LocalDate): Promise<void> {
    const { rows } = await this.pool.query<AsOfRow>(
      `SELECT to_char(as_of, 'YYYY-MM-DD') AS as_of, schema_name, checkpoint FROM read_models_as_of
        WHERE status = 'ready' AND NOT pinned AND as_of <> $1
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

  /** The nearest earlier day built with these projections. */
  private async nearestEarlier(day: LocalDate, db: Pick<Pool, 'query'> = this.pool) {
    const { rows } = await db.query<AsOfRow>(
      `SELECT to_char(as_of, 'YYYY-MM-DD') AS as_of, schema_name, checkpoint FROM read_models_as_of
        WHERE status = 'ready' AND as_of < $1 AND projections = $2::text[]
        ORDER BY as_of DESC LIMIT 1`,
      [day, this.signatures()],
    );
    const row = rows[0];
    return row && { day: row.as_of, schema: row.schema_name, checkpoint: row.checkpoint ?? undefined };
  }

  /**
   * The nearest earlier day, held (a shared lock on its day, to the end of the caller's
   * transaction) so the cap cannot drop it while it is copied. Looked up again once held: a
   * drop that had the lock first is over by then.
   */
  private async lockNearestEarlier(client: PoolClient, day: LocalDate) {
    const candidate = await this.nearestEarlier(day, client);
    if (!candidate) return undefined;
    await client.query(`SELECT pg_advisory_xact_lock_shared(${DAY_LOCK})`, [LOCK_NAMESPACE, candidate.day]);
    const held = await this.nearestEarlier(day, client);
    return held?.day === candidate.day ? held : undefined;
  }

  private eventTypes(): string[] {
    return [...new Set(this.projections().flatMap((projection) => projection.eventTypes))];
  }

  private signatures(): string[] {
    return this.projections().map(projectionSignature);
  }
}
