import { newTestEvent } from '@giaoviec/event-store/testing';
import { FixedClock } from '@giaoviec/kernel';
import { PostgresReadModelStore } from './postgres-read-model-store';
import type { Projection } from './projection';
import { ProjectionLag, projectionHealthCheck } from './projection-lag';
import { registerProjectionMetrics } from './projection-metrics';
import { ReadModelGenerations } from './read-model-generations';
import { InvalidReadPosition, ReadModelsBehind } from './read-models-behind.error';
import { rebuildReadModels } from './rebuild-read-models';
import { appendItems, IGNORED_TYPE, testProjections } from './testing/test-projections';
import { createProjectionWorld, type ProjectionWorld } from './testing/projection-test-world';

describe('PostgresReadModelStore', () => {
  jest.setTimeout(30_000);
  let world: ProjectionWorld;
  let projections: Projection[];
  let schema: string;
  let readModels: PostgresReadModelStore;

  beforeEach(async () => {
    projections = testProjections();
    world = await createProjectionWorld(() => projections);
    schema = (await world.generations.ensureLive()).schema;
    readModels = new PostgresReadModelStore(world.pool, world.generations, world.store);
  });

  afterEach(() => world.teardown());

  const countApplied = async () =>
    (
      await readModels.read<{ n: number }>((s) => ({
        text: `SELECT count(*)::int AS n FROM ${s}.applied_events WHERE type = ANY($1)`,
        values: [['ItemAdded', 'ItemRenamed', 'ItemRemoved']],
      }))
    )[0].n;

  it('reads the live generation and says how far it has caught up', async () => {
    expect(await readModels.position()).toBeUndefined();
    expect(await countApplied()).toBe(0);
    await appendItems(world.store, 12);
    world.runner(schema).start();
    const checkpoint = await world.caughtUp(schema);

    expect(await readModels.position()).toBe(checkpoint);
    expect(await countApplied()).toBe(12);
  });

  it('waitFor resolves once the runner has passed the position of a write', async () => {
    await appendItems(world.store, 5);
    const write = await world.store.appendToStream('item-x', [newTestEvent('ItemAdded')], 'any');
    let resolved = false;
    const waiting = readModels.waitFor(write.checkpoint, 10_000).then(() => (resolved = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(resolved).toBe(false);

    world.runner(schema).start();
    await waiting;

    expect(await readModels.position()).toBe(write.checkpoint);
    expect(await countApplied()).toBe(6);
  });

  it('waitFor also resolves for the position of an event no read model handles', async () => {
    world.runner(schema).start();
    const write = await world.store.appendToStream('user-1', [newTestEvent(IGNORED_TYPE)], 'any');

    await readModels.waitFor(write.checkpoint, 5000);

    expect(await countApplied()).toBe(0);
  });

  it('waitFor throws ReadModelsBehind, a 503 saying how far behind, when nothing catches up in time', async () => {
    await appendItems(world.store, 4, { perAppend: 2 });
    world.runner(schema).start();
    const before = await world.caughtUp(schema);
    await world.stopRunners();
    const writes = [];
    for (let i = 0; i < 3; i++) {
      writes.push(await world.store.appendToStream(`late-${i}`, [newTestEvent('ItemAdded')], 'any'));
    }
    const started = Date.now();

    const error = await readModels.waitFor(writes[2].checkpoint, 200).then(
      () => undefined,
      (caught: unknown) => caught,
    );

    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(error).toBeInstanceOf(ReadModelsBehind);
    const behind = error as ReadModelsBehind;
    expect(behind.getStatus()).toBe(503);
    expect(behind.getResponse()).toMatchObject({
      type: 'urn:giaoviec:problem:read_models.behind',
      status: 503,
      requestedPosition: writes[2].checkpoint,
      currentPosition: before,
      eventsBehind: 3,
    });
  });

  it('refuses what cannot be a position of the log', async () => {
    await appendItems(world.store, 1);
    world.runner(schema).start();
    await world.caughtUp(schema);

    await expect(readModels.waitFor('42', 100)).rejects.toThrow(InvalidReadPosition);
    await expect(readModels.waitFor('x'.repeat(500), 100)).rejects.toThrow(InvalidReadPosition);
  });

  it('answers a query whose cached live schema was just dropped from the new live generation', async () => {
    await appendItems(world.store, 8);
    world.runner(schema).start();
    await world.caughtUp(schema);
    const slowCache = new PostgresReadModelStore(
      world.pool,
      new ReadModelGenerations(world.pool, () => projections, { cacheMs: 60_000, logger: world.logger }),
      world.store,
    );
    expect(await slowCache.position()).toBeDefined(); // caches generation 1 for a minute

    await rebuildReadModels({
      store: world.store,
      pool: world.pool,
      projections,
      logger: world.logger,
      handoverMs: 0,
      dropGraceMs: 0,
    });

    const [row] = await slowCache.read<{ n: number }>((s) => ({
      text: `SELECT count(*)::int AS n FROM ${s}.applied_events`,
    }));
    expect(row.n).toBe(8);
  });
});

describe('ProjectionLag', () => {
  jest.setTimeout(30_000);
  let world: ProjectionWorld;
  let schema: string;
  const projections = testProjections();

  beforeEach(async () => {
    world = await createProjectionWorld(() => projections);
    schema = (await world.generations.ensureLive()).schema;
  });

  afterEach(() => world.teardown());

  it('counts the events not applied yet and how long the oldest has waited, by the injected clock', async () => {
    await appendItems(world.store, 5, { perAppend: 1 });
    const [oldest] = (await world.store.readAll()).events;
    const clock = new FixedClock(new Date(oldest.recordedAt.getTime() + 42_500));
    const lag = new ProjectionLag(world.store, world.pool, world.generations, clock);

    expect(await lag.measure()).toEqual({
      generation: 1,
      schema,
      checkpoint: null,
      headCheckpoint: await world.store.headCheckpoint(),
      eventsBehind: 5,
      eventsBehindCapped: false,
      lagSeconds: 42.5,
      oldestUnappliedRecordedAt: oldest.recordedAt.toISOString(),
    });
    const capped = new ProjectionLag(world.store, world.pool, world.generations, clock, {
      eventsBehindCap: 3,
    });
    expect(await capped.measure()).toMatchObject({ eventsBehind: 3, eventsBehindCapped: true });
    await expect(projectionHealthCheck(lag, { maxLagSeconds: 30 })()).rejects.toThrow(
      /5 event\(s\) and 43 s behind/,
    );
    await expect(projectionHealthCheck(lag)()).resolves.toMatchObject({ eventsBehind: 5, lagSeconds: 42.5 });

    world.runner(schema).start();
    const checkpoint = await world.caughtUp(schema);

    expect(await lag.measure()).toMatchObject({
      checkpoint,
      headCheckpoint: checkpoint,
      eventsBehind: 0,
      lagSeconds: 0,
      oldestUnappliedRecordedAt: null,
    });
    await expect(projectionHealthCheck(lag, { maxLagSeconds: 30 })()).resolves.toMatchObject({
      eventsBehind: 0,
    });
  });

  it('exposes the lag as Prometheus gauges, measured when scraped', async () => {
    await appendItems(world.store, 7, { perAppend: 7 });
    const [oldest] = (await world.store.readAll()).events;
    const clock = new FixedClock(new Date(oldest.recordedAt.getTime() + 3_000));
    const registry = registerProjectionMetrics(
      new ProjectionLag(world.store, world.pool, world.generations, clock),
    );

    const text = await registry.metrics();

    expect(text).toContain('# TYPE giaoviec_projection_events_behind gauge');
    expect(text).toMatch(/^giaoviec_projection_events_behind 7$/m);
    expect(text).toMatch(/^giaoviec_projection_lag_seconds 3$/m);
    expect(text).toMatch(/^giaoviec_projection_live_generation 1$/m);
  });
});
