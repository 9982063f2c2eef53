import type { Projection } from './projection';
import { PostgresReadModelStore } from './postgres-read-model-store';
import { RebuildAbortedError, RebuildAlreadyRunningError, rebuildReadModels } from './rebuild-read-models';
import { appendItems, testProjections, typeTotalsProjection } from './testing/test-projections';
import {
  createProjectionWorld,
  eventually,
  type ProjectionWorld,
  snapshotSchema,
} from './testing/projection-test-world';

async function schemaExists(world: ProjectionWorld, schema: string): Promise<boolean> {
  const { rows } = await world.pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  return rows.length === 1;
}

describe('read-model generations', () => {
  jest.setTimeout(30_000);
  let world: ProjectionWorld;
  let projections: Projection[];

  beforeEach(async () => {
    projections = testProjections();
    world = await createProjectionWorld(() => projections);
  });

  afterEach(() => world.teardown());

  it('creates one live generation, even when several processes boot at once', async () => {
    const booted = await Promise.all([1, 2, 3].map(() => world.generations.ensureLive()));

    expect(new Set(booted.map((generation) => generation.generation))).toEqual(new Set([1]));
    const [live] = booted;
    expect(live.schema).toBe(`${world.db.schema}_rm_1`);
    expect(live.projections).toEqual(['applied_events', 'stream_summary@1', 'type_totals']);
    expect(await world.generations.list()).toHaveLength(1);
    expect(await world.checkpointOf(live.schema)).toBeUndefined();
    const tables = await world.pool.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
      [live.schema],
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual([
      'applied_events',
      'projection_checkpoint',
      'stream_summary',
      'type_totals',
    ]);
  });

  it('adds the tables of a projection added later, and warns that only a rebuild fills them', async () => {
    projections = [typeTotalsProjection()];
    await world.generations.ensureLive();
    projections = testProjections();

    const live = await world.generations.ensureLive();

    expect(await snapshotSchema(world.pool, live.schema)).toHaveProperty('applied_events', []);
    expect(world.logger.entries.filter((entry) => entry.level === 'warn')).toEqual([
      expect.objectContaining({
        args: [
          expect.objectContaining({ missing: ['applied_events', 'stream_summary@1'] }),
          expect.stringMatching(/rebuild/),
        ],
      }),
    ]);
    // What `npm start` asks before starting (rebuild-read-models --if-stale).
    expect(world.generations.drift(live)).toEqual({
      missing: ['applied_events', 'stream_summary@1'],
      stale: [],
    });
    projections = [typeTotalsProjection()];
    expect(world.generations.drift(live)).toEqual({ missing: [], stale: [] });
  });

  it('switches only a generation that has caught up with the live one, when asked to', async () => {
    const live = await world.generations.ensureLive();
    await appendItems(world.store, 10);
    world.runner(live.schema).start();
    await world.caughtUp(live.schema);
    const building = await world.generations.createBuilding();

    expect(await world.generations.switchTo(building.generation, { ifCaughtUp: true })).toBe(false);
    expect((await world.generations.live()).generation).toBe(live.generation);

    world.runner(building.schema).start();
    await world.caughtUp(building.schema);
    expect(await world.generations.switchTo(building.generation, { ifCaughtUp: true })).toBe(true);

    const generations = await world.generations.list();
    expect(generations.map(({ generation, status }) => ({ generation, status }))).toEqual([
      { generation: 1, status: 'retired' },
      { generation: 2, status: 'live' },
    ]);
    expect(generations[1].liveSince).toBeInstanceOf(Date);
    expect(generations[0].retiredAt).toBeInstanceOf(Date);
    expect(await world.generations.dropRetired()).toEqual([live.schema]);
    expect(await schemaExists(world, live.schema)).toBe(false);
    expect((await world.generations.list())[0].droppedAt).toBeInstanceOf(Date);
  });
});

describe('rebuildReadModels', () => {
  jest.setTimeout(60_000);
  let world: ProjectionWorld;
  let projections: Projection[];

  beforeEach(async () => {
    projections = testProjections();
    world = await createProjectionWorld(() => projections, { poolSize: 24 });
  });

  afterEach(() => world.teardown());

  it('replays 10,000+ events into a new generation with identical rows, switches it live and drops the old one, while reads go on', async () => {
    // Given a long history, projected by the worker into the live generation.
    await appendItems(world.store, 10_400, { streams: 40, perAppend: 200, ignoredEvery: 13 });
    const old = await world.generations.ensureLive();
    world.runner(old.schema).start();
    const checkpoint = await world.caughtUp(old.schema, 20_000);
    const before = await snapshotSchema(world.pool, old.schema);
    expect(before.applied_events).toHaveLength(10_400 - Math.floor(10_400 / 13));

    // Queries keep answering, from the old generation and then the new one, throughout.
    const readModels = new PostgresReadModelStore(world.pool, world.generations, world.store);
    const answers: number[] = [];
    const failures: unknown[] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        try {
          const [row] = await readModels.read<{ n: number }>((schema) => ({
            text: `SELECT count(*)::int AS n FROM ${schema}.applied_events`,
          }));
          answers.push(row.n);
        } catch (error) {
          failures.push(error);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();

    const result = await rebuildReadModels({
      store: world.store,
      pool: world.pool,
      projections,
      logger: world.logger,
      handoverMs: 0,
      dropGraceMs: 200, // the reader trusts its cached live schema for 50 ms
    });
    reading = false;
    await reader;

    expect(result).toMatchObject({
      generation: 2,
      schema: `${world.db.schema}_rm_2`,
      previous: { generation: 1, schema: old.schema },
      checkpoint,
      eventsApplied: before.applied_events.length,
      droppedSchemas: [old.schema],
    });
    expect(failures).toEqual([]);
    expect(answers.length).toBeGreaterThan(10);
    expect(new Set(answers)).toEqual(new Set([before.applied_events.length]));
    expect((await world.generations.live()).generation).toBe(2);
    expect(await schemaExists(world, old.schema)).toBe(false);
    expect(await snapshotSchema(world.pool, result.schema)).toEqual(before);
    // Planner statistics are there before the first reader comes (-1: never analyzed).
    const statistics = await world.pool.query<{ relname: string; reltuples: number }>(
      `SELECT c.relname, c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY c.relname`,
      [result.schema],
    );
    expect(statistics.rows).toEqual(
      expect.arrayContaining([{ relname: 'applied_events', reltuples: before.applied_events.length }]),
    );
    expect(statistics.rows.filter((row) => row.reltuples < 0)).toEqual([]);
  });

  it('keeps up with events appended during the rebuild and never shows readers an older position', async () => {
    await appendItems(world.store, 2000, { streams: 20 });
    const old = await world.generations.ensureLive();
    const worker = world.runner(old.schema).start();
    await world.caughtUp(old.schema);
    const readModels = new PostgresReadModelStore(world.pool, world.generations, world.store);
    const positions: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let round = 0; writing; round++) {
        await appendItems(world.store, 20, { prefix: `during${round}` });
        positions.push((await readModels.position()) ?? '');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();

    const result = await rebuildReadModels({
      store: world.store,
      pool: world.pool,
      projections,
      logger: world.logger,
      batchSize: 200,
      handoverMs: 300,
      dropOld: false,
    });
    await worker.stop(); // the worker moves over to the new generation
    world.runner(result.schema).start();
    writing = false;
    await writer;

    await world.caughtUp(result.schema);
    expect(positions).toEqual([...positions].sort());
    const { rows } = await world.pool.query(`SELECT count(*)::int AS n FROM ${result.schema}.applied_events`);
    expect(rows[0].n).toBe((await world.store.readAll()).events.length);
    expect(await schemaExists(world, old.schema)).toBe(true);
  });

  it('gives up on a projection that keeps failing, drops the new generation and leaves the live one alone', async () => {
    await appendItems(world.store, 100);
    const live = await world.generations.ensureLive();
    const broken: Projection = {
      ...typeTotalsProjection(),
      apply: () => Promise.reject(new Error('bug in the projection')),
    };

    await expect(
      rebuildReadModels({
        store: world.store,
        pool: world.pool,
        projections: [broken],
        logger: world.logger,
        maxFailuresInARow: 2,
        retry: { initialMs: 10, maxMs: 10 },
      }),
    ).rejects.toThrow(RebuildAbortedError);

    const generations = await world.generations.list();
    expect(generations.map(({ generation, status }) => ({ generation, status }))).toEqual([
      { generation: 1, status: 'live' },
      { generation: 2, status: 'retired' },
    ]);
    expect(generations[1].droppedAt).toBeInstanceOf(Date);
    expect(await schemaExists(world, generations[1].schema)).toBe(false);
    expect((await world.generations.live()).schema).toBe(live.schema);
  });

  it('runs one rebuild at a time, and one that is stopped leaves nothing behind', async () => {
    await appendItems(world.store, 3000);
    const stopping = new AbortController();
    const first = rebuildReadModels({
      store: world.store,
      pool: world.pool,
      projections,
      logger: world.logger,
      batchSize: 50,
      signal: stopping.signal,
    });
    await eventually(async () => (await world.generations.list()).length === 2, 'the first rebuild to begin');

    await expect(
      rebuildReadModels({ store: world.store, pool: world.pool, projections, logger: world.logger }),
    ).rejects.toThrow(RebuildAlreadyRunningError);

    stopping.abort();
    await expect(first).rejects.toThrow(RebuildAbortedError);
    const generations = await world.generations.list();
    expect(generations.map(({ status }) => status)).toEqual(['live', 'retired']);
    expect(await schemaExists(world, generations[1].schema)).toBe(false);
  });
});
