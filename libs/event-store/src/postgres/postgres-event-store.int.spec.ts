import { Client, Pool } from 'pg';
import { createTestSchema, type TestSchema } from '../../../../test/support/postgres';
import type { RecordedEvent } from '../event-store.port';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { newTestEvent } from '../testing/new-test-event';
import { waitUntil } from '../testing/wait-until';
import { PostgresEventStore } from './postgres-event-store';
import { LOG_HORIZON_SQL } from './log-horizon.sql';
import { TEST_DATABASE_URL } from '../../../../test/support/test-database-url';

describeEventStoreContract('postgres', async () => {
  const schema = await createTestSchema({ prefix: 'es_contract' });
  const store = await PostgresEventStore.create(schema.pool);
  return {
    store,
    async teardown() {
      await store.close();
      await schema.drop();
    },
  };
});

describe('PostgresEventStore', () => {
  jest.setTimeout(30_000);
  let schema: TestSchema;
  let store: PostgresEventStore;

  beforeEach(async () => {
    schema = await createTestSchema({ prefix: 'es_pg', poolSize: 24 });
    store = await PostgresEventStore.create(schema.pool);
  });

  afterEach(async () => {
    await store.close();
    await schema.drop();
  });

  const idsOf = (events: readonly { eventId: string }[]) => events.map(({ eventId }) => eventId);

  describe('gap-free global order', () => {
    /**
     * T1 starts writing first but commits last; T2 commits in between. A reader that
     * trusted positions alone would hand over T2's event and then never see T1's.
     */
    it('never hands over an event while an earlier-started append is uncommitted, and then hands over both in order', async () => {
      const start = await store.headCheckpoint();
      const received: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ after: start }, async (events) => {
        received.push(...events);
      });
      const reads = jest.spyOn(store, 'readAll');
      const t1 = await schema.pool.connect();
      try {
        await t1.query('BEGIN');
        const slow = newTestEvent('SlowAppended');
        await store.appendToStream('gap-1', [slow], 0, { client: t1 });

        const fast = newTestEvent('FastAppended');
        const fastResult = await store.appendToStream('gap-2', [fast], 0);
        // T2 is committed: a plain read sees it ...
        expect(idsOf((await store.readStream('gap-2')).events)).toEqual([fast.eventId]);
        // ... but the global log does not hand it over, however often it is read.
        const readsBefore = reads.mock.calls.length;
        await waitUntil(
          () => reads.mock.calls.length >= readsBefore + 3,
          'the subscription to poll a few times',
        );
        for (let i = 0; i < 3; i++) {
          expect((await store.readAll({ after: start })).events).toEqual([]);
        }
        expect(await store.headCheckpoint()).toBe(start);
        expect(received).toEqual([]);

        await t1.query('COMMIT');
        await waitUntil(() => received.length >= 2, 'both events');

        expect(idsOf(received)).toEqual([slow.eventId, fast.eventId]);
        expect(received[1].checkpoint).toBe(fastResult.checkpoint);
        expect(received[0].checkpoint < received[1].checkpoint).toBe(true);
        expect(idsOf((await store.readAll({ after: start })).events)).toEqual([slow.eventId, fast.eventId]);
      } finally {
        t1.release();
        reads.mockRestore();
        await subscription.stop();
      }
    });

    it('is not held back by a transaction open in another database of the cluster', async () => {
      const start = await store.headCheckpoint();
      const otherDatabase = new URL(TEST_DATABASE_URL);
      otherDatabase.pathname = '/postgres';
      const elsewhere = new Client({ connectionString: otherDatabase.toString() });
      await elsewhere.connect();
      try {
        // A long transaction of another application on the same PostgreSQL, holding an xid.
        await elsewhere.query('BEGIN');
        await elsewhere.query('SELECT pg_current_xact_id()');
        const event = newTestEvent('AppendedMeanwhile');
        const appended = await store.appendToStream('elsewhere-1', [event], 0);

        expect(idsOf((await store.readAll({ after: start })).events)).toEqual([event.eventId]);
        expect(await store.headCheckpoint()).toBe(appended.checkpoint);
      } finally {
        await elsewhere.query('ROLLBACK').catch(() => undefined);
        await elsewhere.end();
      }
    });

    it('orders by transaction, not by position, when a transaction started earlier inserts later', async () => {
      const start = await store.headCheckpoint();
      const t1 = await schema.pool.connect();
      try {
        await t1.query('BEGIN');
        await t1.query('SELECT pg_current_xact_id()'); // T1 takes its transaction id now ...
        const fast = newTestEvent('FastAppended');
        await store.appendToStream('order-2', [fast], 0); // ... T2 takes a later one, inserts and commits ...
        const slow = newTestEvent('SlowAppended');
        await store.appendToStream('order-1', [slow], 0, { client: t1 }); // ... T1 inserts at a higher position.
        expect((await store.readAll({ after: start })).events).toEqual([]);
        await t1.query('COMMIT');
      } finally {
        t1.release();
      }

      const { events } = await store.readAll({ after: start });
      expect(idsOf(events)).toEqual([expect.any(String), expect.any(String)]);
      expect(events.map((event) => event.type)).toEqual(['SlowAppended', 'FastAppended']);
      expect(events[0].checkpoint < events[1].checkpoint).toBe(true);
    });

    it('hands every event of many concurrent appenders to a concurrent subscriber exactly once', async () => {
      const writers = 16;
      const appendsPerWriter = 20;
      const received: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ batchSize: 37 }, async (events) => {
        received.push(...events);
      });
      // A second reader paging with readAll, the way a catching-up projector does.
      const appended: string[] = [];
      const paged: RecordedEvent[] = [];
      let writing = true;
      const pager = (async () => {
        let cursor: string | undefined;
        const deadline = Date.now() + 25_000; // a reader that skipped an event must not spin forever
        while ((writing || paged.length < appended.length) && Date.now() < deadline) {
          const page = await store.readAll({ after: cursor, maxCount: 25 });
          paged.push(...page.events);
          cursor = page.nextCheckpoint;
        }
      })();

      await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          let version = 0;
          for (let i = 0; i < appendsPerWriter; i++) {
            const events = Array.from({ length: (i % 3) + 1 }, () => newTestEvent());
            // Half the writers check their version, half append with 'any': both paths under load.
            ({ nextVersion: version } = await store.appendToStream(
              `load-${writer}`,
              events,
              writer % 2 ? version : 'any',
            ));
            appended.push(...idsOf(events));
          }
        }),
      );
      writing = false;
      const total = appended.length;
      await waitUntil(() => received.length >= total, `${total} events`, 20_000);
      await subscription.stop();
      await waitUntil(() => paged.length >= total, 'the pager', 20_000);
      await pager;

      for (const seen of [received, paged]) {
        expect(seen).toHaveLength(total);
        expect(new Set(idsOf(seen))).toEqual(new Set(appended));
        const checkpoints = seen.map((event) => event.checkpoint);
        expect([...checkpoints].sort()).toEqual(checkpoints);
        // Within a stream the log order is the version order.
        const versions = new Map<string, number>();
        for (const event of seen) {
          expect(event.streamVersion).toBe((versions.get(event.streamId) ?? 0) + 1);
          versions.set(event.streamId, event.streamVersion);
        }
      }
    });
  });

  describe('appending inside a caller transaction', () => {
    it('discards the events when the transaction rolls back, and keeps the transaction usable after a conflict', async () => {
      const client = await schema.pool.connect();
      try {
        await client.query('BEGIN');
        await store.appendToStream('tx-1', [newTestEvent()], 0, { client });
        await expect(store.appendToStream('tx-1', [newTestEvent()], 0, { client })).rejects.toMatchObject({
          name: 'WrongExpectedVersionError',
          actualVersion: 1,
        });
        await store.appendToStream('tx-1', [newTestEvent()], 1, { client }); // the savepoint kept the transaction alive
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
      await expect(store.readStream('tx-1')).resolves.toEqual({ version: 0, events: [] });
      await expect(store.headCheckpoint()).resolves.toBeUndefined();
    });
  });

  describe('reading', () => {
    it('moves the checkpoint of a filtered read past trailing events of other categories', async () => {
      const wanted = newTestEvent();
      await store.appendToStream('agency-1', [wanted], 0);
      const last = await store.appendToStream('task-1', [newTestEvent(), newTestEvent()], 0);

      const { events, nextCheckpoint } = await store.readAll({ filter: { streamPrefixes: ['agency-'] } });

      expect(idsOf(events)).toEqual([wanted.eventId]);
      expect(nextCheckpoint).toBe(last.checkpoint);
    });

    it('reads an empty log as no events and no checkpoint', async () => {
      await expect(store.readAll()).resolves.toEqual({ events: [], nextCheckpoint: undefined });
      await expect(store.headCheckpoint()).resolves.toBeUndefined();
    });

    it('refuses a checkpoint it did not write', async () => {
      await expect(store.readAll({ after: 'not-a-checkpoint' })).rejects.toThrow(TypeError);
    });

    it('reads one category through its index in log order', async () => {
      await store.appendToStream('task-1', [newTestEvent()], 0);
      const client = await schema.pool.connect();
      try {
        await client.query('SET enable_seqscan = off'); // a tiny table would otherwise be scanned whole
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN SELECT * FROM es_events e
           WHERE e.category = 'task' AND e.stream_id LIKE 'task-%'
             AND e.transaction_id < ${LOG_HORIZON_SQL}
             AND (e.transaction_id, e.global_position) > ('0'::xid8, 0::bigint)
           ORDER BY e.transaction_id, e.global_position LIMIT 100`,
        );
        const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
        expect(plan).toContain('es_events_category_log_order');
        expect(plan).not.toContain('Sort');
      } finally {
        await client.query('RESET enable_seqscan');
        client.release();
      }
    });
  });

  describe('schema and lifecycle', () => {
    it('creates its tables once, even when several processes boot at the same time', async () => {
      const fresh = await createTestSchema({ prefix: 'es_boot' });
      try {
        await Promise.all(Array.from({ length: 6 }, () => new PostgresEventStore(fresh.pool).ensureSchema()));
        await new PostgresEventStore(fresh.pool).ensureSchema();
        const store = new PostgresEventStore(fresh.pool);
        await expect(store.appendToStream('task-1', [newTestEvent()], 0)).resolves.toMatchObject({
          nextVersion: 1,
        });
      } finally {
        await fresh.drop();
      }
    });

    it('works in an explicit schema and table prefix, apart from the default tables', async () => {
      const other = `${schema.schema}_x`;
      const isolated = await PostgresEventStore.create(schema.pool, { schema: other, tablePrefix: 'audit_' });
      try {
        await isolated.appendToStream('task-1', [newTestEvent()], 0);
        await expect(store.readStream('task-1')).resolves.toEqual({ version: 0, events: [] });
        expect((await isolated.readStream('task-1')).version).toBe(1);
        const received: RecordedEvent[] = [];
        const subscription = isolated.subscribeToAll({}, async (events) => {
          received.push(...events);
        });
        await waitUntil(() => received.length === 1, 'the first event');
        await isolated.appendToStream('task-1', [newTestEvent()], 1);
        await waitUntil(() => received.length === 2, 'the live event');
        await subscription.stop();
      } finally {
        await isolated.close();
        await schema.pool.query(`DROP SCHEMA "${other}" CASCADE`);
      }
    });

    it('refuses names that are not plain identifiers', () => {
      expect(() => new PostgresEventStore(schema.pool, { schema: 'x"; DROP TABLE y; --' })).toThrow(
        TypeError,
      );
      expect(() => new PostgresEventStore(schema.pool, { tablePrefix: 'Bad-' })).toThrow(TypeError);
    });

    it('wakes subscribers by notification, long before the poll interval', async () => {
      const slowPolling = new PostgresEventStore(schema.pool, { pollIntervalMs: 60_000 });
      await store.appendToStream('task-1', [newTestEvent()], 0);
      const received: RecordedEvent[] = [];
      const subscription = slowPolling.subscribeToAll({}, async (events) => {
        received.push(...events);
      });
      try {
        // LISTEN is in place before the first read, so once that read is handed over,
        // the next event can only arrive early by NOTIFY.
        await waitUntil(() => received.length === 1, 'the first read');
        await store.appendToStream('task-1', [newTestEvent()], 1);
        await waitUntil(() => received.length === 2, 'a notified read', 5_000);
      } finally {
        await subscription.stop();
        await slowPolling.close();
      }
    });

    it('leaves the pool it was given open on close, and ends the pool it created', async () => {
      await store.close();
      await expect(schema.pool.query('SELECT 1')).resolves.toBeDefined();

      const owning = PostgresEventStore.fromConnectionString(schema.connectionString, {
        schema: schema.schema,
      });
      await owning.ping();
      const pool = (owning as unknown as { pool: Pool }).pool;
      await owning.close();
      expect(pool.ended).toBe(true);
    });

    it('reports an unreachable database on ping', async () => {
      const unreachable = new PostgresEventStore(
        new Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/test', connectionTimeoutMillis: 2000 }),
        {
          ownsPool: true,
        },
      );
      await expect(unreachable.ping()).rejects.toThrow();
      await unreachable.close();
    });
  });
});
