import { Pool, type PoolClient, type QueryResult, type QueryResultRow } from 'pg';
import type { Clock } from '@giaoviec/kernel';
import { WrongExpectedVersionError } from '../event-store.errors';
import type { EventMetadata } from '../event-metadata';
import { LOG_HORIZON_SQL } from './log-horizon.sql';
import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  GlobalCheckpoint,
  GlobalLogFilter,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamResult,
  RecordedEvent,
  Subscription,
  SubscribeToAllOptions,
  SubscriptionHandler,
} from '../event-store.port';
import { startPollingSubscription } from '../shared/polling-subscription';
import { classifyRepeatedAppend } from '../shared/repeated-append';
import { validateNewEvents } from '../shared/validate-new-events';
import {
  comparePostgresPositions,
  decodePostgresCheckpoint,
  encodePostgresCheckpoint,
  LOG_START,
  type PostgresLogPosition,
} from './postgres-checkpoint';
import { ensurePostgresEventStoreSchema } from './postgres-event-store-schema';
import { PostgresEventStoreTables } from './postgres-event-store-tables';
import { PostgresNotificationListener } from './postgres-notification-listener';

export interface PostgresEventStoreOptions {
  /** Schema of the tables; omitted: the first schema of each connection's search_path. */
  readonly schema?: string;
  /** Prefix of every table, index and function name (default `es_`: es_streams, es_events). */
  readonly tablePrefix?: string;
  /** How often an idle subscription reads anyway, in case a notification was missed (default 250 ms). */
  readonly pollIntervalMs?: number;
  /**
   * Whether close() ends the pool. Default false: whoever created the pool ends it (in the
   * app, the PostgreSQL module that also serves the read models). Only stores built by
   * fromConnectionString own theirs.
   */
  readonly ownsPool?: boolean;
  /**
   * Tells when each event is recorded (its `recordedAt`), as the in-memory adapter's clock
   * does; omitted (the application): the database's now(). A test passes its own clock to
   * record events on chosen days, e.g. to ask what the board showed at the end of one.
   */
  readonly clock?: Clock;
}

export interface PostgresAppendOptions {
  /**
   * Append inside the caller's open transaction on this client: the events become part
   * of it, are readable once it commits and vanish if it rolls back.
   */
  readonly client?: PoolClient;
}

const DEFAULT_POLL_INTERVAL_MS = 250;
const UNIQUE_VIOLATION = '23505';
const DEADLOCK_DETECTED = '40P01';
const MAX_APPEND_ATTEMPTS = 5;

interface EventRow extends QueryResultRow {
  event_id: string;
  stream_id: string;
  stream_version: string;
  event_type: string;
  data: object;
  metadata: EventMetadata;
  recorded_at: Date;
  transaction_id: string;
  global_position: string;
}

interface StoredIdRow extends QueryResultRow {
  event_id: string;
  stream_id: string;
  stream_version: string;
  transaction_id: string;
  global_position: string;
}

/** Columns read back for a recorded event; xid8 and bigint travel as text. */
const EVENT_COLUMNS = `event_id::text AS event_id, stream_id, stream_version::text AS stream_version, event_type, data,
  metadata, recorded_at, transaction_id::text AS transaction_id, global_position::text AS global_position`;

/**
 * The event store on PostgreSQL, for single-node deployments and every test.
 *
 * Global order: each row stores the id of the transaction that appended it (xid8) and a
 * global position. Readers take only rows of transactions below the log's horizon (the
 * oldest transaction of this database still in progress in their snapshot: every one
 * below has committed or aborted; see LOG_HORIZON_SQL), ordered by (transaction id,
 * position), and resume after such a pair. So a reader never passes an event whose
 * transaction commits later: it waits for it instead, and the order never changes.
 * The price: while a transaction with an xid is open in this database, readers see
 * nothing appended after it began writing, so keep write transactions short.
 */
export class PostgresEventStore implements EventStore {
  readonly adapterName = 'postgres';
  private readonly tables: PostgresEventStoreTables;
  private readonly listener: PostgresNotificationListener;
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    private readonly pool: Pool,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.tables = new PostgresEventStoreTables(options.schema, options.tablePrefix ?? 'es_');
    this.listener = new PostgresNotificationListener(pool, this.tables);
  }

  /** A store owning a pool of its own; close() ends it. */
  static fromConnectionString(
    connectionString: string,
    options: Omit<PostgresEventStoreOptions, 'ownsPool'> = {},
  ): PostgresEventStore {
    return new PostgresEventStore(new Pool({ connectionString, application_name: 'giaoviec-event-store' }), {
      ...options,
      ownsPool: true,
    });
  }

  /** Constructs the store and makes sure its tables exist. */
  static async create(pool: Pool, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(pool, options);
    await store.ensureSchema();
    return store;
  }

  /** Creates the tables if missing. Idempotent; safe when several processes boot at once. */
  static ensureSchema(
    pool: Pool,
    options: Pick<PostgresEventStoreOptions, 'schema' | 'tablePrefix'> = {},
  ): Promise<void> {
    return ensurePostgresEventStoreSchema(
      pool,
      new PostgresEventStoreTables(options.schema, options.tablePrefix ?? 'es_'),
    );
  }

  /** Creates this store's tables if missing. Idempotent; safe when several processes boot at once. */
  ensureSchema(): Promise<void> {
    return ensurePostgresEventStoreSchema(this.pool, this.tables);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
    options: PostgresAppendOptions = {},
  ): Promise<AppendResult> {
    const ids = validateNewEvents(streamId, events);
    if (expectedVersion !== 'any' && (!Number.isInteger(expectedVersion) || expectedVersion < 0)) {
      throw new RangeError(`Expected version must be 'any' or a whole number >= 0, got ${expectedVersion}`);
    }
    const batch = JSON.stringify(
      events.map((event, index) => ({
        event_id: ids[index],
        event_type: event.type,
        data: event.data,
        metadata: event.metadata,
        recorded_at: this.options.clock?.now().toISOString() ?? null,
      })),
    );
    for (let attempt = 1; ; attempt++) {
      let appended: QueryResult<{ stream_version: string; transaction_id: string; global_position: string }>;
      try {
        appended = await this.inSavepoint(options.client, (db) =>
          db.query(
            this.appendSql(expectedVersion),
            expectedVersion === 'any' || expectedVersion === 0
              ? [streamId, batch, events.length]
              : [streamId, batch, events.length, expectedVersion],
          ),
        );
      } catch (error) {
        const { code, constraint } = error as { code?: string; constraint?: string };
        if (code === UNIQUE_VIOLATION && constraint === this.tables.eventIdConstraint) {
          // Some id is stored already (typically a retry with 'any' or at the current version).
          const repeated = classifyRepeatedAppend(streamId, ids, await this.storedIds(options.client, ids));
          if (repeated.kind === 'repeat') return this.resultOf(repeated.last);
          // The clashing append rolled back meanwhile: try again.
        } else if (code === UNIQUE_VIOLATION && constraint === this.tables.streamVersionConstraint) {
          // Only if someone wrote es_events without es_streams: refuse, never overwrite.
          const actual = await this.streamVersion(options.client, streamId);
          throw new WrongExpectedVersionError(streamId, expectedVersion, actual);
        } else if (code !== DEADLOCK_DETECTED) {
          throw error;
        }
        if (attempt >= MAX_APPEND_ATTEMPTS) throw error;
        continue;
      }
      const last = appended.rows[0];
      if (!last) {
        // The stream was not at the expected version: a conflict, unless this is a retry.
        return this.explainRefusal(options.client, streamId, ids, expectedVersion);
      }
      return this.resultOf({
        streamVersion: Number(last.stream_version),
        position: { transactionId: last.transaction_id, globalPosition: last.global_position },
      });
    }
  }

  async readStream(streamId: string): Promise<ReadStreamResult> {
    const { rows } = await this.pool.query<EventRow>(
      // Ordered by the table's column, not the text alias of the same name.
      `SELECT ${EVENT_COLUMNS} FROM ${this.tables.events} e WHERE e.stream_id = $1 ORDER BY e.stream_version`,
      [streamId],
    );
    const events = rows.map(toRecordedEvent);
    return { version: events.at(-1)?.streamVersion ?? 0, events };
  }

  /** Without maxCount it reads everything up to the head: page through a large log. */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const after = options.after === undefined ? LOG_START : decodePostgresCheckpoint(options.after);
    const maxCount = options.maxCount;
    if (maxCount !== undefined && (!Number.isInteger(maxCount) || maxCount < 0)) {
      throw new RangeError(`maxCount must be a whole number >= 0, got ${maxCount}`);
    }
    if (maxCount === 0) return { events: [], nextCheckpoint: options.after };

    const params: unknown[] = [after.transactionId, after.globalPosition, maxCount ?? null];
    const filter = filterSql(options.filter, params);
    // One statement, so the page and the head are read in the same snapshot.
    const { rows } = await this.pool.query<EventRow & { is_head: boolean }>(
      `WITH horizon AS MATERIALIZED (SELECT ${LOG_HORIZON_SQL} AS xmin),
       page AS MATERIALIZED (
         SELECT e.* FROM ${this.tables.events} e
         WHERE e.transaction_id < (SELECT xmin FROM horizon)
           AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
           AND ${filter}
         ORDER BY e.transaction_id, e.global_position
         LIMIT $3
       )
       SELECT is_head, ${EVENT_COLUMNS} FROM (
         SELECT false AS is_head, * FROM page
         UNION ALL
         (SELECT true, h.* FROM ${this.tables.events} h
          WHERE h.transaction_id < (SELECT xmin FROM horizon)
          ORDER BY h.transaction_id DESC, h.global_position DESC LIMIT 1)
       ) r
       ORDER BY r.is_head, r.transaction_id, r.global_position`,
      params,
    );
    const events = rows.filter((row) => !row.is_head).map(toRecordedEvent);
    const head = rows.find((row) => row.is_head);

    if (maxCount !== undefined && events.length === maxCount)
      return { events, nextCheckpoint: events[events.length - 1].checkpoint };
    // A short page holds every matching event up to the head, so the next read may start there.
    const headPosition = head && { transactionId: head.transaction_id, globalPosition: head.global_position };
    const nextCheckpoint =
      headPosition && comparePostgresPositions(headPosition, after) > 0
        ? encodePostgresCheckpoint(headPosition)
        : options.after;
    return { events, nextCheckpoint };
  }

  subscribeToAll(options: SubscribeToAllOptions, handler: SubscriptionHandler): Subscription {
    const subscription = startPollingSubscription(
      {
        after: options.after,
        batchSize: options.batchSize,
        read: (after, maxCount) => this.readAll({ after, maxCount, filter: options.filter }),
        wake: this.listener.wake,
        pollIntervalMs: this.options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
        open: () => this.listener.acquire(),
        beforeWait: () => this.listener.ensureListening(),
        onEnd: () => this.subscriptions.delete(subscription),
      },
      handler,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headCheckpoint(): Promise<GlobalCheckpoint | undefined> {
    const { rows } = await this.pool.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position FROM ${this.tables.events} e
       WHERE e.transaction_id < ${LOG_HORIZON_SQL}
       ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1`,
    );
    return (
      rows[0] &&
      encodePostgresCheckpoint({
        transactionId: rows[0].transaction_id,
        globalPosition: rows[0].global_position,
      })
    );
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Stops this store's subscriptions; ends the pool only if the store owns it (see `ownsPool`). */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    if (this.options.ownsPool) await this.pool.end();
  }

  /**
   * One statement: move the stream's version (compare-and-set on its row, which also
   * serialises writers of one stream), then insert the batch numbered from the old
   * version. No row back means the version check failed and nothing was written.
   */
  private appendSql(expectedVersion: ExpectedVersion): string {
    const { streams, events } = this.tables;
    const moveVersion =
      expectedVersion === 'any'
        ? `INSERT INTO ${streams} AS s (stream_id, version) VALUES ($1, $3)
           ON CONFLICT (stream_id) DO UPDATE SET version = s.version + EXCLUDED.version
           RETURNING s.version - $3 AS base`
        : expectedVersion === 0
          ? `INSERT INTO ${streams} (stream_id, version) VALUES ($1, $3) ON CONFLICT DO NOTHING RETURNING 0::bigint AS base`
          : `UPDATE ${streams} SET version = version + $3 WHERE stream_id = $1 AND version = $4 RETURNING version - $3 AS base`;
    return `
      WITH stream AS (${moveVersion}),
      appended AS (
        INSERT INTO ${events} (event_id, stream_id, stream_version, event_type, data, metadata, recorded_at)
        SELECT e.event_id, $1, stream.base + e.ord, e.event_type, e.data, e.metadata, COALESCE(e.recorded_at, now())
        FROM stream,
             ROWS FROM (jsonb_to_recordset($2::jsonb) AS (event_id uuid, event_type text, data jsonb, metadata jsonb, recorded_at timestamptz))
               WITH ORDINALITY AS e(event_id, event_type, data, metadata, recorded_at, ord)
        ORDER BY e.ord
        RETURNING stream_version, transaction_id, global_position
      )
      SELECT stream_version::text AS stream_version, transaction_id::text AS transaction_id, global_position::text AS global_position
      FROM appended ORDER BY appended.stream_version DESC LIMIT 1`;
  }

  private async explainRefusal(
    client: PoolClient | undefined,
    streamId: string,
    ids: readonly string[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    const repeated = classifyRepeatedAppend(streamId, ids, await this.storedIds(client, ids));
    if (repeated.kind === 'repeat') return this.resultOf(repeated.last);
    throw new WrongExpectedVersionError(
      streamId,
      expectedVersion,
      await this.streamVersion(client, streamId),
    );
  }

  private async storedIds(client: PoolClient | undefined, ids: readonly string[]) {
    const { rows } = await (client ?? this.pool).query<StoredIdRow>(
      `SELECT event_id::text AS event_id, stream_id, stream_version::text AS stream_version,
              transaction_id::text AS transaction_id, global_position::text AS global_position
       FROM ${this.tables.events} WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      streamId: row.stream_id,
      streamVersion: Number(row.stream_version),
      position: {
        transactionId: row.transaction_id,
        globalPosition: row.global_position,
      } satisfies PostgresLogPosition,
    }));
  }

  private resultOf(last: { streamVersion: number; position: PostgresLogPosition }): AppendResult {
    return { nextVersion: last.streamVersion, checkpoint: encodePostgresCheckpoint(last.position) };
  }

  private async streamVersion(client: PoolClient | undefined, streamId: string): Promise<number> {
    const { rows } = await (client ?? this.pool).query<{ version: string }>(
      `SELECT version::text AS version FROM ${this.tables.streams} WHERE stream_id = $1`,
      [streamId],
    );
    return rows[0] ? Number(rows[0].version) : 0;
  }

  /** Inside a caller's transaction a failed statement would abort it all: fence it with a savepoint. */
  private async inSavepoint<T>(
    client: PoolClient | undefined,
    run: (db: Pool | PoolClient) => Promise<T>,
  ): Promise<T> {
    if (!client) return run(this.pool); // a single statement is its own transaction
    await client.query('SAVEPOINT giaoviec_append');
    try {
      const result = await run(client);
      await client.query('RELEASE SAVEPOINT giaoviec_append');
      return result;
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT giaoviec_append');
      throw error;
    }
  }
}

/** The filter as SQL over alias `e`, adding its values to `params`. */
function filterSql(filter: GlobalLogFilter | undefined, params: unknown[]): string {
  const parameter = (value: unknown) => `$${params.push(value)}`;
  const conditions: string[] = [];
  if (filter?.streamPrefixes) {
    // `<category>-…` prefixes also pin the category, which has an index in log order.
    const byPrefix = filter.streamPrefixes.map((prefix) => {
      const like = `e.stream_id LIKE ${parameter(escapeLike(prefix) + '%')}`;
      const dash = prefix.indexOf('-');
      return dash < 0 ? like : `(e.category = ${parameter(prefix.slice(0, dash))} AND ${like})`;
    });
    conditions.push(byPrefix.length === 0 ? 'false' : `(${byPrefix.join(' OR ')})`);
  }
  if (filter?.eventTypes) conditions.push(`e.event_type = ANY(${parameter(filter.eventTypes)}::text[])`);
  return conditions.length === 0 ? 'true' : conditions.join(' AND ');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    checkpoint: encodePostgresCheckpoint({
      transactionId: row.transaction_id,
      globalPosition: row.global_position,
    }),
    recordedAt: row.recorded_at,
  };
}
