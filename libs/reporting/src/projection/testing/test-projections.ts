import type { EventStore, RecordedEvent } from '@giaoviec/event-store';
import { newTestEvent } from '@giaoviec/event-store/testing';
import type { Projection, ProjectionSql } from '../projection';

/** Event types the test projections handle; `Ignored` is handled by none. */
export const ITEM_TYPES = ['ItemAdded', 'ItemRenamed', 'ItemRemoved'] as const;
export const IGNORED_TYPE = 'Ignored';

export interface AppliedEventsOptions {
  /**
   * Called before each event of a batch is written, one statement per event (a hook for
   * crashing mid-batch). Without it the batch is written in one statement.
   */
  readonly beforeEach?: (event: RecordedEvent, index: number, sql: ProjectionSql) => Promise<void> | void;
}

/**
 * One row per event applied, in the order applied, with no unique key on the event id: an
 * event applied twice shows up as two rows instead of failing.
 */
export function appliedEventsProjection(options: AppliedEventsOptions = {}): Projection {
  return {
    name: 'applied_events',
    eventTypes: [...ITEM_TYPES],
    createTables: (schema) => [
      `CREATE TABLE IF NOT EXISTS ${schema}.applied_events (
         seq         bigserial PRIMARY KEY,
         event_id    uuid        NOT NULL,
         stream_id   text        NOT NULL,
         type        text        NOT NULL,
         checkpoint  text        NOT NULL,
         recorded_at timestamptz NOT NULL
       )`,
    ],
    async apply(events, sql, schema) {
      const insert = `INSERT INTO ${schema}.applied_events (event_id, stream_id, type, checkpoint, recorded_at)
        SELECT e.event_id, e.stream_id, e.type, e.checkpoint, e.recorded_at
        FROM ROWS FROM (
          jsonb_to_recordset($1::jsonb) AS (event_id uuid, stream_id text, type text, checkpoint text, recorded_at timestamptz)
        ) WITH ORDINALITY AS e(event_id, stream_id, type, checkpoint, recorded_at, ord)
        ORDER BY e.ord`;
      const row = (event: RecordedEvent) => ({
        event_id: event.eventId,
        stream_id: event.streamId,
        type: event.type,
        checkpoint: event.checkpoint,
        recorded_at: event.recordedAt.toISOString(),
      });
      if (!options.beforeEach) {
        await sql.query(insert, [JSON.stringify(events.map(row))]);
        return;
      }
      for (const [index, event] of events.entries()) {
        await options.beforeEach(event, index, sql);
        await sql.query(insert, [JSON.stringify([row(event)])]);
      }
    },
  };
}

/** Per stream: how many of its events, the last type and version: rows that are updated, not only inserted. */
export function streamSummaryProjection(): Projection {
  return {
    name: 'stream_summary',
    version: 1,
    eventTypes: [...ITEM_TYPES],
    createTables: (schema) => [
      `CREATE TABLE IF NOT EXISTS ${schema}.stream_summary (
         stream_id    text    PRIMARY KEY,
         events       integer NOT NULL,
         removed      integer NOT NULL,
         last_type    text    NOT NULL,
         last_version integer NOT NULL,
         title        text
       )`,
    ],
    async apply(events, sql, schema) {
      // Folded per stream in memory, then one upsert: rows are updated, not only inserted.
      const summaries = new Map<
        string,
        { events: number; removed: number; lastType: string; lastVersion: number; title: string | null }
      >();
      for (const event of events) {
        const summary = summaries.get(event.streamId) ?? {
          events: 0,
          removed: 0,
          lastType: event.type,
          lastVersion: 0,
          title: null,
        };
        summary.events++;
        if (event.type === 'ItemRemoved') summary.removed++;
        summary.lastType = event.type;
        summary.lastVersion = event.streamVersion;
        summary.title = (event.data as { title?: string }).title ?? summary.title;
        summaries.set(event.streamId, summary);
      }
      const rows = [...summaries].map(([stream_id, s]) => ({
        stream_id,
        events: s.events,
        removed: s.removed,
        last_type: s.lastType,
        last_version: s.lastVersion,
        title: s.title,
      }));
      await sql.query(
        `INSERT INTO ${schema}.stream_summary AS s (stream_id, events, removed, last_type, last_version, title)
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS e(stream_id text, events integer, removed integer, last_type text, last_version integer, title text)
         ON CONFLICT (stream_id) DO UPDATE SET
           events = s.events + EXCLUDED.events,
           removed = s.removed + EXCLUDED.removed,
           last_type = EXCLUDED.last_type,
           last_version = EXCLUDED.last_version,
           title = coalesce(EXCLUDED.title, s.title)`,
        [JSON.stringify(rows)],
      );
    },
  };
}

/** Totals per event type, added up in memory per batch. */
export function typeTotalsProjection(): Projection {
  return {
    name: 'type_totals',
    eventTypes: [...ITEM_TYPES],
    createTables: (schema) => [
      `CREATE TABLE IF NOT EXISTS ${schema}.type_totals (type text PRIMARY KEY, total bigint NOT NULL)`,
    ],
    async apply(events, sql, schema) {
      const totals = new Map<string, number>();
      for (const event of events) totals.set(event.type, (totals.get(event.type) ?? 0) + 1);
      await sql.query(
        `INSERT INTO ${schema}.type_totals AS t (type, total)
         SELECT * FROM unnest($1::text[], $2::bigint[])
         ON CONFLICT (type) DO UPDATE SET total = t.total + EXCLUDED.total`,
        [[...totals.keys()], [...totals.values()]],
      );
    },
  };
}

export function testProjections(): Projection[] {
  return [appliedEventsProjection(), streamSummaryProjection(), typeTotalsProjection()];
}

/**
 * Appends `count` events over `streams` streams, `perAppend` events per append (fast), the
 * types cycling through ItemAdded, ItemRenamed, ItemRemoved and, every `ignoredEvery`-th, Ignored.
 */
export async function appendItems(
  store: EventStore,
  count: number,
  options: { streams?: number; perAppend?: number; ignoredEvery?: number; prefix?: string } = {},
): Promise<void> {
  const streams = options.streams ?? 10;
  const perAppend = options.perAppend ?? 100;
  const prefix = options.prefix ?? 'item';
  let written = 0;
  let round = 0;
  while (written < count) {
    const size = Math.min(perAppend, count - written);
    const events = Array.from({ length: size }, (_, i) => {
      const n = written + i;
      const type =
        options.ignoredEvery && n % options.ignoredEvery === options.ignoredEvery - 1
          ? IGNORED_TYPE
          : ITEM_TYPES[n % ITEM_TYPES.length];
      return newTestEvent(type, { n, title: `Nhiệm vụ ${n}` });
    });
    await store.appendToStream(`${prefix}-${round % streams}`, events, 'any');
    written += size;
    round++;
  }
}
