import { Test, type TestingModule } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { PG_POOL } from '@giaoviec/platform';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../../../test/support/test-database-url';
import {
  dropReadModelSchemas,
  PROJECTION_ENGINE_OPTIONS,
  PROJECTIONS,
  READ_MODEL_STORE,
  ReadModelGenerations,
  ReadModelRebuilder,
  type ReadModelStore,
} from '@giaoviec/reporting';
import {
  appendItems,
  testProjections,
} from '../../../../libs/reporting/src/projection/testing/test-projections';
import { eventually } from '../../../../libs/reporting/src/projection/testing/projection-test-world';
import { WorkerModule } from '../worker.module';
import { ProjectorService } from './projector.service';
import { testAppEnvironment } from '../../../../test/support/test-app-environment';

describe('the worker projector', () => {
  jest.setTimeout(30_000);
  const schema = `worker_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const queuePrefix = `test-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const projections = testProjections();
  let worker: TestingModule;
  let store: EventStore;
  let readModels: ReadModelStore;

  const countApplied = async () =>
    (
      await readModels.read<{ n: number }>((s) => ({
        text: `SELECT count(*)::int AS n FROM ${s}.applied_events`,
      }))
    )[0].n;
  const eventsInLog = async () => (await store.readAll()).events.length;

  beforeAll(async () => {
    worker = await Test.createTestingModule({
      imports: [
        WorkerModule.withConfig(
          {
            ...testAppEnvironment(schema),
          },
          {
            // The reminders run too: on keys of this suite's own, without the hourly job scheduler.
            queuePrefix,
            reminders: { reconcileEveryMs: 0, reconcileAtStart: false },
          },
        ),
      ],
    })
      // Small test projections in place of the real read models: this is about the projector.
      .overrideProvider(PROJECTIONS)
      .useValue(projections)
      .overrideProvider(PROJECTION_ENGINE_OPTIONS)
      .useValue({ switchPollMs: 100, liveCacheMs: 50, idleAdvanceMs: 50 })
      .compile();
    worker.useLogger(worker.get(Logger));
    await worker.init();
    store = worker.get(EVENT_STORE);
    readModels = worker.get(READ_MODEL_STORE);
  });

  afterAll(async () => {
    const pool = worker.get<Pool>(PG_POOL);
    await dropReadModelSchemas(pool);
    await worker.close();
    await deleteRedisKeys(`${queuePrefix}:*`);
    const admin = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('projects what is appended into the live generation', async () => {
    await appendItems(store, 250, { streams: 5 });

    await eventually(async () => (await countApplied()) === 250, 'the projector to apply every event');
    const status = worker.get(ProjectorService).status();
    expect(status).toMatchObject({ generation: 1, schema: `${schema}_rm_1` });
    await eventually(
      async () => (await readModels.position()) === (await store.headCheckpoint()),
      'the checkpoint at the head',
    );
  });

  it('keeps the live generation current during a rebuild, then moves to the rebuilt one', async () => {
    let writing = true;
    const positions: string[] = [];
    const writer = (async () => {
      for (let round = 0; writing; round++) {
        await appendItems(store, 25, { prefix: `during${round}` });
        positions.push((await readModels.position()) ?? '');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();

    const result = await worker.get(ReadModelRebuilder).rebuild({ handoverMs: 300, dropGraceMs: 300 });
    await eventually(
      () => worker.get(ProjectorService).status()?.generation === result.generation,
      'the projector to follow the new generation',
    );
    writing = false;
    await writer;

    expect(result).toMatchObject({
      generation: 2,
      previous: { generation: 1 },
      droppedSchemas: [`${schema}_rm_1`],
    });
    expect((await worker.get(ReadModelGenerations).live()).generation).toBe(2);
    await eventually(
      async () => (await countApplied()) === (await eventsInLog()),
      'the new generation to be current',
    );
    expect(positions).toEqual([...positions].sort());
  });

  it('stops cleanly with the application', async () => {
    const projector = worker.get(ProjectorService);
    await projector.beforeApplicationShutdown();

    expect(projector.status()).toBeDefined();
    const position = await readModels.position();
    await appendItems(store, 5, { prefix: 'after-stop' });
    await projector.checkForSwitch(); // does nothing once stopped
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await readModels.position()).toBe(position);
  });
});

/** Only this suite's keys: other suites share the Redis server. */
async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
