import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EventLogRow } from './national-event-log';

/** A COPY text-format field: JSON has no raw tabs or newlines, only backslashes to double. */
function field(value: string): string {
  return value.replace(/\\/g, '\\\\');
}

/** The rows as COPY text lines, made once and written to both tables. */
export function eventLines(rows: readonly EventLogRow[]): string[] {
  return rows.map(
    (row) =>
      `${row.eventId}\t${field(row.streamId)}\t${row.streamVersion}\t${field(row.type)}\t${field(JSON.stringify(row.data))}\t${field(JSON.stringify(row.metadata))}\n`,
  );
}

async function copyLines(client: PoolClient, sql: string, lines: readonly string[]): Promise<void> {
  await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
}

/** The columns a raw copy of the event rows has: the event store's, without its indexes and trigger. */
export function rawCopyTableSql(table: string): string {
  return `CREATE TABLE ${table} (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id uuid NOT NULL, stream_id text NOT NULL,
    stream_version bigint NOT NULL, event_type text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL)`;
}

/**
 * Writes generated rows into the PostgreSQL event store's own tables with COPY, one
 * transaction per call, as an append of whole streams would leave them (the streams'
 * versions too). Only for loading benchmark data fast: the append path is measured on its own.
 */
export async function copyIntoEventStore(
  pool: Pool,
  tables: { readonly events: string; readonly streams: string },
  rows: readonly EventLogRow[],
  lines: readonly string[],
): Promise<void> {
  const versions = new Map<string, number>();
  for (const row of rows)
    versions.set(row.streamId, Math.max(versions.get(row.streamId) ?? 0, row.streamVersion));
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await copyLines(
      client,
      `COPY ${tables.events} (event_id, stream_id, stream_version, event_type, data, metadata) FROM STDIN`,
      lines,
    );
    await copyLines(
      client,
      `COPY ${tables.streams} (stream_id, version) FROM STDIN`,
      [...versions].map(([streamId, version]) => `${field(streamId)}\t${version}\n`),
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The baseline: the same rows COPYed into a plain table; resolves with the milliseconds it took. */
export async function rawCopy(pool: Pool, table: string, lines: readonly string[]): Promise<number> {
  const client = await pool.connect();
  try {
    const started = performance.now();
    await copyLines(
      client,
      `COPY ${table} (event_id, stream_id, stream_version, event_type, data, metadata) FROM STDIN`,
      lines,
    );
    return performance.now() - started;
  } finally {
    client.release();
  }
}
