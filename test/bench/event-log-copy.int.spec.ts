import { randomUUID } from 'node:crypto';
import { PostgresEventStore, PostgresEventStoreTables } from '@giaoviec/event-store';
import { newTestEvent } from '@giaoviec/event-store/testing';
import {
  copyIntoEventStore,
  eventLines,
  rawCopy,
  rawCopyTableSql,
} from '../../bench/national/event-log-copy';
import type { EventLogRow } from '../../bench/national/national-event-log';
import { createTestSchema, type TestSchema } from '../support/postgres';

const TRICKY = 'Báo cáo "quý II"\\ đã gửi\ttab\nnew line — Huế';

function row(streamId: string, streamVersion: number, summary: string): EventLogRow {
  return {
    eventId: randomUUID(),
    streamId,
    streamVersion,
    type: 'ProgressReported',
    data: { taskId: streamId.slice('task-'.length), summary, percentComplete: 10 * streamVersion },
    metadata: { actor: { userId: 'u-1', agencyId: 'so-khcn', role: 'officer' }, schemaVersion: 1 },
  };
}

describe('loading the benchmark event log with COPY', () => {
  let db: TestSchema;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createTestSchema({ prefix: 'bench_copy' });
    store = await PostgresEventStore.create(db.pool, { schema: db.schema });
  });

  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  it('leaves the events and stream versions as appends would, escapes included', async () => {
    const rows = [row('task-a', 1, TRICKY), row('task-b', 1, 'một'), row('task-a', 2, 'hai')];

    await copyIntoEventStore(db.pool, new PostgresEventStoreTables(db.schema, 'es_'), rows, eventLines(rows));

    const a = await store.readStream('task-a');
    expect(a.events.map((event) => event.data)).toEqual([rows[0].data, rows[2].data]);
    expect(a.events.map((event) => event.eventId)).toEqual([rows[0].eventId, rows[2].eventId]);
    // The streams table knows each version: the next append must expect it.
    await expect(store.appendToStream('task-a', [newTestEvent()], 2)).resolves.toMatchObject({
      nextVersion: 3,
    });
    await expect(store.appendToStream('task-b', [newTestEvent()], 0)).rejects.toThrow();
    const all = await store.readAll();
    expect(all.events.map((event) => `${event.streamId}@${event.streamVersion}`)).toEqual([
      'task-a@1',
      'task-b@1',
      'task-a@2',
      'task-a@3',
    ]);
  });

  it('copies the same lines raw into a plain table, for the baseline', async () => {
    const rows = [row('task-c', 1, TRICKY)];
    await db.pool.query(rawCopyTableSql(`${db.schema}.raw_copy`));

    const ms = await rawCopy(db.pool, `${db.schema}.raw_copy`, eventLines(rows));

    expect(ms).toBeGreaterThan(0);
    const { rows: copied } = await db.pool.query(`SELECT data FROM ${db.schema}.raw_copy`);
    expect(copied).toEqual([{ data: rows[0].data }]);
  });
});
