import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { GlobalCheckpoint, RecordedEvent } from '@giaoviec/event-store';
import type { Projection, ProjectionSql } from './projection';

/** What the engine logs through: Nest's Logger fits, and so does a silent stub in tests. */
export interface EngineLogger {
  log(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  debug?(...args: unknown[]): void;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const MAX_IDENTIFIER_LENGTH = 63;

/** Refuses anything but a plain lower-case SQL identifier: schema names are spliced into SQL. */
export function assertIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new TypeError(`Not a plain lower-case SQL identifier: ${name}`);
  return name;
}

/**
 * `<app schema>_rm_<generation>`: unique per app schema, so many app schemas (one per test
 * suite) share a database. An app schema too long for that gets a hash of its name instead.
 */
export function generationSchemaName(appSchema: string, generation: number): string {
  return schemaNameAfter(appSchema, 'rm', String(generation));
}

/** `<app schema>_asof_<yyyymmdd>`: the read models as they stood at the end of that day. */
export function asOfSchemaName(appSchema: string, day: string): string {
  return schemaNameAfter(appSchema, 'asof', day.replace(/-/g, ''));
}

function schemaNameAfter(appSchema: string, kind: string, id: string): string {
  const plain = `${appSchema}_${kind}_${id}`;
  if (plain.length <= MAX_IDENTIFIER_LENGTH) return assertIdentifier(plain);
  const hash = createHash('sha256').update(appSchema).digest('hex').slice(0, 16);
  return assertIdentifier(`${kind}_${hash}_${id}`);
}

/** How a generation records the projections it was built with. */
export function projectionSignature(projection: Projection): string {
  return projection.version === undefined ? projection.name : `${projection.name}@${projection.version}`;
}

/** The one checkpoint of a generation: every projection in it sits at this position. */
export function checkpointTableSql(schema: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${assertIdentifier(schema)}.projection_checkpoint (
       id         boolean     PRIMARY KEY DEFAULT true CHECK (id),
       checkpoint text,
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
    `INSERT INTO ${schema}.projection_checkpoint (id, checkpoint) VALUES (true, NULL) ON CONFLICT (id) DO NOTHING`,
  ];
}

/** The empty tables of every projection and the checkpoint, in an existing schema; idempotent. */
export async function createGenerationTables(
  db: Queryable,
  schema: string,
  projections: readonly Projection[],
): Promise<void> {
  for (const statement of checkpointTableSql(schema)) await db.query(statement);
  for (const projection of projections) {
    for (const statement of projection.createTables(schema)) await db.query(statement);
  }
}

/**
 * VACUUM (ANALYZE) every table of a schema: planner statistics, and the visibility map the
 * dashboards' index-only scans need. Outside a transaction, as VACUUM must be.
 */
export async function vacuumAnalyzeSchema(db: Queryable, schema: string): Promise<void> {
  const tables = await db.query<{ tablename: string }>(
    'SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename',
    [assertIdentifier(schema)],
  );
  for (const { tablename } of tables.rows) {
    await db.query(`VACUUM (ANALYZE) ${schema}.${assertIdentifier(tablename)}`);
  }
}

/** Each projection with the event types it handles, as a batch is split among them. */
export interface ProjectionHandle {
  readonly projection: Projection;
  readonly types: ReadonlySet<string>;
}

export function projectionHandles(projections: readonly Projection[]): readonly ProjectionHandle[] {
  return projections.map((projection) => ({ projection, types: new Set(projection.eventTypes) }));
}

/** Hands each projection the events of its types, in log order, inside the caller's transaction. */
export async function applyToProjections(
  handles: readonly ProjectionHandle[],
  events: readonly RecordedEvent[],
  db: Queryable,
  schema: string,
): Promise<void> {
  const sql = projectionSql(db);
  for (const { projection, types } of handles) {
    const mine = events.filter((event) => types.has(event.type));
    if (mine.length > 0) await projection.apply(mine, sql, schema);
  }
}

export interface Queryable {
  query<Row extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: Row[]; rowCount: number | null }>;
}

/** The checkpoint stored in a generation (undefined: nothing applied yet). */
export async function readGenerationCheckpoint(
  db: Queryable,
  schema: string,
): Promise<GlobalCheckpoint | undefined> {
  const { rows } = await db.query<{ checkpoint: string | null }>(
    `SELECT checkpoint FROM ${assertIdentifier(schema)}.projection_checkpoint WHERE id`,
  );
  return rows[0]?.checkpoint ?? undefined;
}

/**
 * Compare-and-set: moves the checkpoint only if it still is `expected`. False when another
 * runner moved it first, and then nothing of the caller's transaction may be kept.
 */
export async function compareAndSetCheckpoint(
  db: Queryable,
  schema: string,
  expected: GlobalCheckpoint | undefined,
  next: GlobalCheckpoint,
): Promise<boolean> {
  const result = await db.query(
    `UPDATE ${assertIdentifier(schema)}.projection_checkpoint SET checkpoint = $1, updated_at = now()
     WHERE id AND checkpoint IS NOT DISTINCT FROM $2`,
    [next, expected ?? null],
  );
  return result.rowCount === 1;
}

/** The ProjectionSql a projection gets: the runner's transaction, nothing else. */
export function projectionSql(db: Queryable): ProjectionSql {
  return {
    query: <Row extends Record<string, unknown>>(text: string, values?: readonly unknown[]) =>
      db.query<Row>(text, values === undefined ? undefined : [...values]),
  };
}

/** `a` is at or past `b` in the log (undefined: before the first event). */
export function isAtOrPast(a: GlobalCheckpoint | undefined, b: GlobalCheckpoint | undefined): boolean {
  if (b === undefined) return true;
  if (a === undefined) return false;
  return a >= b;
}

/**
 * A client checked out of the pool, with a listener for its 'error' event: a connection the
 * server ends while it is checked out (killed, failover) then fails the running query
 * instead of crashing the process with an unhandled 'error' event.
 */
export async function checkOut(pool: Pool): Promise<{ client: PoolClient; release(broken?: boolean): void }> {
  const client = await pool.connect();
  let lost = false;
  const onError = () => (lost = true);
  client.on('error', onError);
  return {
    client,
    release(broken = false) {
      client.off('error', onError);
      client.release(broken || lost);
    },
  };
}

/** `work` in one transaction on a client of its own: committed, or rolled back on any error. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const { client, release } = await checkOut(pool);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    release();
    return result;
  } catch (error) {
    // A connection killed mid-transaction cannot roll back: the server already did. Discard it.
    const broken = await client.query('ROLLBACK').then(
      () => false,
      () => true,
    );
    release(broken);
    throw error;
  }
}
