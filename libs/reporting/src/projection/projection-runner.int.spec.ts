import type { RecordedEvent } from '@giaoviec/event-store';
import type { Projection } from './projection';
import {
  appendItems,
  appliedEventsProjection,
  IGNORED_TYPE,
  streamSummaryProjection,
  testProjections,
  typeTotalsProjection,
} from './testing/test-projections';
import { createProjectionWorld, eventually, type ProjectionWorld } from './testing/projection-test-world';

describe('ProjectionRunner', () => {
  jest.setTimeout(30_000);
  let world: ProjectionWorld;
  let projections: Projection[];
  let schema: string;

  beforeEach(async () => {
    projections = testProjections();
    world = await createProjectionWorld(() => projections);
    schema = (await world.generations.ensureLive()).schema;
  });

  afterEach(() => world.teardown());

  /** Every event of the projections' types in the log, in log order. */
  async function handledEventsInLog(): Promise<RecordedEvent[]> {
    const { events } = await world.store.readAll();
    return events.filter((event) => event.type !== IGNORED_TYPE);
  }

  async function appliedRows(): Promise<{ event_id: string; checkpoint: string }[]> {
    const { rows } = await world.pool.query<{ event_id: string; checkpoint: string }>(
      `SELECT event_id::text AS event_id, checkpoint FROM ${schema}.applied_events ORDER BY seq`,
    );
    return rows;
  }

  async function timesApplied(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const { event_id } of await appliedRows()) counts.set(event_id, (counts.get(event_id) ?? 0) + 1);
    return counts;
  }

  /** Each event of the log applied exactly once, in log order. */
  async function expectEachAppliedOnceInOrder(expected: number): Promise<void> {
    const inLog = await handledEventsInLog();
    expect(inLog).toHaveLength(expected);
    const rows = await appliedRows();
    expect(rows.map((row) => row.event_id)).toEqual(inLog.map((event) => event.eventId));
    expect([...(await timesApplied()).values()].every((times) => times === 1)).toBe(true);
  }

  it('applies appended events in log order and stores the checkpoint with them', async () => {
    await appendItems(world.store, 30, { streams: 3, perAppend: 5 });

    world.runner(schema).start();
    const checkpoint = await world.caughtUp(schema);

    await expectEachAppliedOnceInOrder(30);
    const inLog = await handledEventsInLog();
    expect(checkpoint).toBe(inLog[inLog.length - 1].checkpoint);
    const summary = await world.pool.query(
      `SELECT stream_id, events, last_version FROM ${schema}.stream_summary ORDER BY stream_id`,
    );
    expect(summary.rows).toEqual([
      { stream_id: 'item-0', events: 10, last_version: 10 },
      { stream_id: 'item-1', events: 10, last_version: 10 },
      { stream_id: 'item-2', events: 10, last_version: 10 },
    ]);
    const totals = await world.pool.query(`SELECT type, total::int FROM ${schema}.type_totals ORDER BY type`);
    expect(totals.rows).toEqual([
      { type: 'ItemAdded', total: 10 },
      { type: 'ItemRemoved', total: 10 },
      { type: 'ItemRenamed', total: 10 },
    ]);

    // And it keeps following: later appends arrive too.
    await appendItems(world.store, 7, { prefix: 'later' });
    await world.caughtUp(schema);
    await expectEachAppliedOnceInOrder(37);
  });

  it('rolls back a batch that fails on its 137th event of 500, and a restarted runner applies every event exactly once', async () => {
    await appendItems(world.store, 1200, { streams: 12 });
    let crashed = false;
    projections = [
      appliedEventsProjection({
        beforeEach: (_event, index) => {
          if (index === 136 && !crashed) {
            crashed = true;
            throw new Error('projector killed in the middle of a batch');
          }
        },
      }),
      streamSummaryProjection(),
      typeTotalsProjection(),
    ];
    const errors: unknown[] = [];
    const first = world
      .runner(schema, {
        batchSize: 500,
        retry: { initialMs: 60_000 },
        onError: (error) => errors.push(error),
      })
      .start();
    await eventually(() => errors.length > 0, 'the crash');
    await first.stop(); // the process is gone

    // Nothing of the failed batch stayed: not the 136 rows written before the crash, not the checkpoint.
    expect(await appliedRows()).toEqual([]);
    expect(await world.checkpointOf(schema)).toBeUndefined();
    expect(world.logger.errors()).toHaveLength(1);

    world.runner(schema, { batchSize: 500 }).start();
    await world.caughtUp(schema);

    await expectEachAppliedOnceInOrder(1200);
    const totals = await world.pool.query(`SELECT sum(total)::int AS total FROM ${schema}.type_totals`);
    expect(totals.rows[0].total).toBe(1200);
  });

  it('recovers by itself when its connection is killed mid-batch, without applying anything twice', async () => {
    await appendItems(world.store, 1000, { streams: 5 });
    let killed = false;
    projections = [
      appliedEventsProjection({
        beforeEach: async (_event, index, sql) => {
          if (index === 136 && !killed) {
            killed = true;
            await sql.query('SELECT pg_terminate_backend(pg_backend_pid())');
          }
        },
      }),
      streamSummaryProjection(),
      typeTotalsProjection(),
    ];
    const runner = world.runner(schema, { batchSize: 500 }).start();
    await world.caughtUp(schema);

    expect(killed).toBe(true);
    expect(runner.failures.inARow).toBe(0);
    expect(world.logger.errors().length).toBeGreaterThanOrEqual(1);
    await expectEachAppliedOnceInOrder(1000);
  });

  it('lets only one of two runners on one generation apply each event', async () => {
    await appendItems(world.store, 1500, { streams: 15 });
    const applied = { a: 0, b: 0 };
    const a = world.runner(schema, { batchSize: 100, onCommit: (_at, events) => (applied.a += events) });
    const b = world.runner(schema, { batchSize: 100, onCommit: (_at, events) => (applied.b += events) });
    a.start();
    b.start();
    // More events while both run.
    await appendItems(world.store, 1000, { streams: 7, perAppend: 50, prefix: 'during' });
    await world.caughtUp(schema);

    await expectEachAppliedOnceInOrder(2500);
    const totals = await world.pool.query(`SELECT sum(total)::int AS total FROM ${schema}.type_totals`);
    expect(totals.rows[0].total).toBe(2500);
    const summaries = await world.pool.query(
      `SELECT sum(events)::int AS events FROM ${schema}.stream_summary`,
    );
    expect(summaries.rows[0].events).toBe(2500);
    // Between them they applied each event once (which of the two did is up to the race).
    expect(applied.a + applied.b).toBe(2500);
  });

  it('moves the checkpoint past events no projection handles', async () => {
    // Only ignored events: the handler is never called, yet the checkpoint reaches the head.
    await appendItems(world.store, 20, { ignoredEvery: 1 });
    const runner = world.runner(schema).start();
    const head = await world.store.headCheckpoint();
    await eventually(async () => (await world.checkpointOf(schema)) === head, 'the checkpoint at the head');
    expect(runner.checkpoint).toBe(head);
    expect(await appliedRows()).toEqual([]);

    // Handled events, then more ignored ones after the last handled one.
    await appendItems(world.store, 10, { prefix: 'mixed' });
    await appendItems(world.store, 15, { ignoredEvery: 1, prefix: 'tail' });
    const tail = await world.caughtUp(schema);
    const inLog = await handledEventsInLog();
    expect(tail! > inLog[inLog.length - 1].checkpoint).toBe(true);
    await expectEachAppliedOnceInOrder(10);
  });

  it('stops after the batch in flight and applies nothing more', async () => {
    await appendItems(world.store, 50);
    const runner = world.runner(schema).start();
    await world.caughtUp(schema);
    await runner.stop();
    const stopped = await world.checkpointOf(schema);

    await appendItems(world.store, 10, { prefix: 'after' });
    // A second, bounded look: a running runner would have moved within a few of its 50 ms polls.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await world.checkpointOf(schema)).toBe(stopped);
    expect(await appliedRows()).toHaveLength(50);
  });
});
