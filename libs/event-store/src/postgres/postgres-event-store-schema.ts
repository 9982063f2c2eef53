import type { Pool } from 'pg';
import type { PostgresEventStoreTables } from './postgres-event-store-tables';

/**
 * Creates the adapter's tables, indexes and notify trigger if any is missing.
 *
 * - es_streams holds each stream's version: appends compare-and-set it, so a conflict is
 *   found on one row lock instead of a scan; es_events' unique (stream_id, stream_version)
 *   is the last line of defence.
 * - es_events.transaction_id (xid8) plus global_position give the gap-free read order.
 * - stream ids are COLLATE "C", so the (stream_id, stream_version) index also serves
 *   `LIKE 'prefix%'`; category (the part before the first '-') has an index in log order,
 *   so a subscriber to one category reads it without scanning the others.
 *
 * Serialised by a transaction-level advisory lock per schema, so processes booting at
 * once do not race on the catalog; once everything exists it only reads the catalog.
 */
export async function ensurePostgresEventStoreSchema(
  pool: Pool,
  tables: PostgresEventStoreTables,
): Promise<void> {
  if (await schemaIsComplete(pool, tables)) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT pg_advisory_xact_lock(hashtext('giaoviec.event-store:' || $1 || ':' || coalesce($2, current_schema(), '')))`,
      [tables.prefix, tables.schema ?? null],
    );
    if (tables.schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${tables.schema}"`);
    await client.query(ddl(tables));
    const trigger = await client.query(
      `SELECT 1 FROM pg_trigger WHERE tgrelid = $1::regclass AND tgname = $2`,
      [tables.events, `${tables.eventsTable}_notify`],
    );
    if (trigger.rowCount === 0) {
      await client.query(
        `CREATE TRIGGER "${tables.eventsTable}_notify" AFTER INSERT ON ${tables.events}
         FOR EACH STATEMENT EXECUTE FUNCTION ${tables.notifyFunction}()`,
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function schemaIsComplete(pool: Pool, tables: PostgresEventStoreTables): Promise<boolean> {
  const qualify = (name: string) =>
    tables.schema === undefined ? `"${name}"` : `"${tables.schema}"."${name}"`;
  const { rows } = await pool.query<{ complete: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL
        AND to_regclass($3) IS NOT NULL AND to_regclass($4) IS NOT NULL
        AND EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass($2) AND tgname = $5) AS complete`,
    [
      tables.streams,
      tables.events,
      qualify(`${tables.eventsTable}_log_order`),
      qualify(`${tables.eventsTable}_category_log_order`),
      `${tables.eventsTable}_notify`,
    ],
  );
  return rows[0]?.complete === true;
}

function ddl(t: PostgresEventStoreTables): string {
  return `
    CREATE TABLE IF NOT EXISTS ${t.streams} (
      stream_id text COLLATE "C" NOT NULL PRIMARY KEY,
      version   bigint NOT NULL CHECK (version > 0)
    );

    CREATE TABLE IF NOT EXISTS ${t.events} (
      global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      -- the appending transaction: readers only pass rows below every running transaction
      transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
      event_id        uuid NOT NULL,
      stream_id       text COLLATE "C" NOT NULL,
      stream_version  bigint NOT NULL CHECK (stream_version > 0),
      category        text COLLATE "C" NOT NULL GENERATED ALWAYS AS (split_part(stream_id, '-', 1)) STORED,
      event_type      text NOT NULL,
      data            jsonb NOT NULL,
      metadata        jsonb NOT NULL,
      recorded_at     timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "${t.eventIdConstraint}" UNIQUE (event_id),
      CONSTRAINT "${t.streamVersionConstraint}" UNIQUE (stream_id, stream_version)
    );

    CREATE INDEX IF NOT EXISTS "${t.eventsTable}_log_order" ON ${t.events} (transaction_id, global_position);
    CREATE INDEX IF NOT EXISTS "${t.eventsTable}_category_log_order" ON ${t.events} (category, transaction_id, global_position);

    -- One wake-up per appending statement; NOTIFY is delivered at commit, and dropped on rollback.
    CREATE OR REPLACE FUNCTION ${t.notifyFunction}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      PERFORM pg_notify('es_' || md5(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME), '');
      RETURN NULL;
    END
    $fn$;
  `;
}
