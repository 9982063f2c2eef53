import { Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import {
  assertIdentifier,
  createGenerationTables,
  type EngineLogger,
  generationSchemaName,
  inTransaction,
  projectionSignature,
  vacuumAnalyzeSchema,
} from './generation-sql';
import type { Projection } from './projection';

export type GenerationStatus = 'building' | 'live' | 'retired';

export interface ReadModelGeneration {
  readonly generation: number;
  /** The PostgreSQL schema holding its tables and its checkpoint. */
  readonly schema: string;
  readonly status: GenerationStatus;
  /** name[@version] of each projection it was built with. */
  readonly projections: readonly string[];
  readonly createdAt: Date;
  readonly liveSince: Date | null;
  readonly retiredAt: Date | null;
  readonly droppedAt: Date | null;
}

export interface ReadModelGenerationsOptions {
  /** How long liveSchema() trusts its last answer before reading it again (default 1000 ms). */
  readonly cacheMs?: number;
  readonly logger?: EngineLogger;
}

export interface SwitchOptions {
  /**
   * Switch only if the generation has applied at least as much of the log as the live one
   * (compared under lock), so the position a reader sees never goes back. Default false.
   */
  readonly ifCaughtUp?: boolean;
}

interface GenerationRow {
  [column: string]: unknown;
  generation: number;
  schema_name: string;
  status: GenerationStatus;
  projections: string[];
  created_at: Date;
  live_since: Date | null;
  retired_at: Date | null;
  dropped_at: Date | null;
}

const DEFAULT_CACHE_MS = 1000;

/**
 * The generations of the read models, recorded in `read_model_generations` of the app schema
 * (the pool's search_path). Exactly one is live; queries go to it. A rebuild creates a
 * 'building' one, fills it, and switches; the old one is retired, then dropped.
 */
export class ReadModelGenerations {
  private readonly cacheMs: number;
  private readonly logger: EngineLogger;
  private cached?: { generation: ReadModelGeneration; readAt: number };
  private appSchemaName?: Promise<string>;

  constructor(
    private readonly pool: Pool,
    private readonly projections: () => readonly Projection[],
    options: ReadModelGenerationsOptions = {},
  ) {
    this.cacheMs = options.cacheMs ?? DEFAULT_CACHE_MS;
    this.logger = options.logger ?? new Logger('ReadModelGenerations');
  }

  /** The schema of the application's own tables: generation schemas are named after it. */
  appSchema(): Promise<string> {
    this.appSchemaName ??= this.pool
      .query<{ schema: string | null }>('SELECT current_schema() AS schema')
      .then(({ rows }) => {
        if (!rows[0]?.schema) throw new Error('The pool has no current schema (check its search_path)');
        return assertIdentifier(rows[0].schema);
      });
    this.appSchemaName.catch(() => (this.appSchemaName = undefined));
    return this.appSchemaName;
  }

  /**
   * Makes sure a live generation exists (generation 1 with fresh tables on a new database)
   * and holds the tables of every projection the code knows; warns when the code's
   * projections differ from the ones it was built with, since only a rebuild fills them.
   */
  async ensureLive(): Promise<ReadModelGeneration> {
    const projections = this.projections();
    const live = await this.inTransaction(async (client) => {
      await this.lock(client);
      const current = await this.liveRow(client);
      if (!current) {
        const generation = await this.createGeneration(client, 'live');
        this.logger.log(
          { generation: generation.generation, schema: generation.schema },
          'Created the first read-model generation',
        );
        return generation;
      }
      // Idempotent: creates only what a projection added since needs.
      await this.createTables(client, current.schema, projections);
      return current;
    });
    const { missing, stale } = this.drift(live);
    if (missing.length > 0 || stale.length > 0) {
      this.logger.warn(
        { generation: live.generation, missing, stale },
        'The live read models were built with other projections than this code has: rebuild them',
      );
    }
    this.remember(live);
    return live;
  }

  /**
   * VACUUM (ANALYZE) every table of a generation: planner statistics, and the visibility map
   * the dashboards' index-only scans need. Outside a transaction, as VACUUM must be.
   */
  async vacuumAnalyze(generation: number): Promise<void> {
    const { rows } = await this.pool.query<{ schema_name: string }>(
      'SELECT schema_name FROM read_model_generations WHERE generation = $1',
      [generation],
    );
    if (rows.length === 0) throw new Error(`There is no read-model generation ${generation}`);
    await vacuumAnalyzeSchema(this.pool, rows[0].schema_name);
  }

  /**
   * How a generation differs from the projections of this code: `missing` ones it was not built
   * with (new, or of another version), `stale` ones it was built with that the code no longer has.
   * Either way its tables answer differently from a rebuild.
   */
  drift(generation: ReadModelGeneration): { missing: string[]; stale: string[] } {
    const signatures = this.projections().map(projectionSignature);
    return {
      missing: signatures.filter((signature) => !generation.projections.includes(signature)),
      stale: generation.projections.filter((signature) => !signatures.includes(signature)),
    };
  }

  /** The live generation, read now. */
  async live(): Promise<ReadModelGeneration> {
    const row = await this.liveRow(this.pool);
    if (!row) return this.ensureLive();
    this.remember(row);
    return row;
  }

  /** The live generation's schema; cached for `cacheMs`, so a switch is seen within about a second. */
  async liveSchema(): Promise<string> {
    return (await this.liveCached()).schema;
  }

  async liveCached(): Promise<ReadModelGeneration> {
    if (this.cached && Date.now() - this.cached.readAt < this.cacheMs) return this.cached.generation;
    return this.live();
  }

  /** Forgets the cached live generation (after a query found its schema gone). */
  invalidate(): void {
    this.cached = undefined;
  }

  /** A new generation with fresh, empty tables and no checkpoint, for a rebuild to fill. */
  async createBuilding(): Promise<ReadModelGeneration> {
    return this.inTransaction(async (client) => {
      await this.lock(client);
      return this.createGeneration(client, 'building');
    });
  }

  /**
   * Makes `generation` live and retires the live one, in one transaction. Returns false
   * (changing nothing) when `ifCaughtUp` is asked and the generation is still behind.
   */
  async switchTo(generation: number, options: SwitchOptions = {}): Promise<boolean> {
    const switched = await this.inTransaction(async (client) => {
      await this.lock(client);
      const { rows } = await client.query<GenerationRow>(
        'SELECT * FROM read_model_generations WHERE generation = $1',
        [generation],
      );
      const target = rows[0] && toGeneration(rows[0]);
      if (!target) throw new Error(`There is no read-model generation ${generation}`);
      if (target.status === 'live') return true;
      if (target.status !== 'building') {
        throw new Error(
          `Read-model generation ${generation} is ${target.status}; only a building one goes live`,
        );
      }
      const live = await this.liveRow(client);
      if (options.ifCaughtUp && live) {
        // Locks both checkpoints: the runners wait the few milliseconds this takes.
        const checkpoints = await client.query<{ live: string | null; target: string | null }>(
          `SELECT (SELECT checkpoint FROM ${live.schema}.projection_checkpoint WHERE id FOR UPDATE) AS live,
                  (SELECT checkpoint FROM ${target.schema}.projection_checkpoint WHERE id FOR UPDATE) AS target`,
        );
        const { live: liveCheckpoint, target: targetCheckpoint } = checkpoints.rows[0];
        if (liveCheckpoint !== null && (targetCheckpoint === null || targetCheckpoint < liveCheckpoint)) {
          return false;
        }
      }
      await client.query(
        `UPDATE read_model_generations SET status = 'retired', retired_at = now() WHERE status = 'live'`,
      );
      await client.query(
        `UPDATE read_model_generations SET status = 'live', live_since = now() WHERE generation = $1`,
        [generation],
      );
      return true;
    });
    if (switched) {
      this.invalidate();
      this.logger.log({ generation }, 'Read-model generation is live');
    }
    return switched;
  }

  /**
   * Drops the schemas of retired generations (retired at least `olderThanMs` ago, by the
   * database's clock), keeping their rows as history. Returns the schemas dropped.
   */
  async dropRetired(options: { olderThanMs?: number } = {}): Promise<string[]> {
    const { rows } = await this.pool.query<GenerationRow>(
      `SELECT * FROM read_model_generations
       WHERE status = 'retired' AND dropped_at IS NULL AND retired_at <= now() - make_interval(secs => $1)
       ORDER BY generation`,
      [(options.olderThanMs ?? 0) / 1000],
    );
    const dropped: string[] = [];
    for (const row of rows) {
      await this.dropSchema(row.generation, row.schema_name);
      dropped.push(row.schema_name);
    }
    return dropped;
  }

  /** Retires and drops building generations (left by a rebuild that failed or was stopped). */
  async abandonBuilding(generation?: number): Promise<string[]> {
    const { rows } = await this.pool.query<GenerationRow>(
      `UPDATE read_model_generations SET status = 'retired', retired_at = now()
       WHERE status = 'building' AND ($1::integer IS NULL OR generation = $1)
       RETURNING *`,
      [generation ?? null],
    );
    for (const row of rows) await this.dropSchema(row.generation, row.schema_name);
    return rows.map((row) => row.schema_name);
  }

  async list(): Promise<ReadModelGeneration[]> {
    const { rows } = await this.pool.query<GenerationRow>(
      'SELECT * FROM read_model_generations ORDER BY generation',
    );
    return rows.map(toGeneration);
  }

  private async dropSchema(generation: number, schema: string): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${assertIdentifier(schema)} CASCADE`);
    await this.pool.query('UPDATE read_model_generations SET dropped_at = now() WHERE generation = $1', [
      generation,
    ]);
    this.logger.log({ generation, schema }, 'Dropped a retired read-model generation');
  }

  private async createGeneration(
    client: PoolClient,
    status: 'live' | 'building',
  ): Promise<ReadModelGeneration> {
    const projections = this.projections();
    const { rows } = await client.query<{ next: number }>(
      'SELECT coalesce(max(generation), 0) + 1 AS next FROM read_model_generations',
    );
    const generation = rows[0].next;
    const schema = generationSchemaName(await this.appSchema(), generation);
    // Nothing recorded owns a schema of this name: whatever is there is left over, never data to keep.
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${schema}`);
    await this.createTables(client, schema, projections);
    const inserted = await client.query<GenerationRow>(
      `INSERT INTO read_model_generations (generation, schema_name, status, projections, live_since)
       VALUES ($1, $2, $3, $4, CASE WHEN $3 = 'live' THEN now() END)
       RETURNING *`,
      [generation, schema, status, projections.map(projectionSignature)],
    );
    return toGeneration(inserted.rows[0]);
  }

  private async createTables(
    client: PoolClient,
    schema: string,
    projections: readonly Projection[],
  ): Promise<void> {
    await createGenerationTables(client, schema, projections);
  }

  /** Serialises everything that creates or switches generations (not the readers). */
  private async lock(client: PoolClient): Promise<void> {
    await client.query('LOCK TABLE read_model_generations IN SHARE ROW EXCLUSIVE MODE');
  }

  private async liveRow(db: Pool | PoolClient): Promise<ReadModelGeneration | undefined> {
    const { rows } = await db.query<GenerationRow>(
      `SELECT * FROM read_model_generations WHERE status = 'live'`,
    );
    return rows[0] && toGeneration(rows[0]);
  }

  private remember(generation: ReadModelGeneration): void {
    this.cached = { generation, readAt: Date.now() };
  }

  private inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }
}

function toGeneration(row: GenerationRow): ReadModelGeneration {
  return {
    generation: row.generation,
    schema: row.schema_name,
    status: row.status,
    projections: row.projections,
    createdAt: row.created_at,
    liveSince: row.live_since,
    retiredAt: row.retired_at,
    droppedAt: row.dropped_at,
  };
}

/**
 * Drops the schema of every generation this app schema recorded, live and as of a past day:
 * for test teardown, which drops the app schema (CASCADE does not reach the generation schemas).
 */
export async function dropReadModelSchemas(pool: Pool): Promise<void> {
  for (const table of ['read_model_generations', 'read_models_as_of']) {
    const exists = await pool.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [
      table,
    ]);
    if (!exists.rows[0]?.found) continue;
    const { rows } = await pool.query<{ schema_name: string }>(`SELECT schema_name FROM ${table}`);
    for (const { schema_name } of rows)
      await pool.query(`DROP SCHEMA IF EXISTS ${assertIdentifier(schema_name)} CASCADE`);
  }
}
