import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { endOfLocalDate, FixedClock } from '@giaoviec/kernel';
import { CLOCK, InfrastructureModule, PG_POOL } from '@giaoviec/platform';
import { bullRootModule } from '@giaoviec/reminders';
import {
  AS_OF_BUILD_QUEUE,
  AS_OF_PREBUILD_JOB,
  AsOfBuildsWorkerModule,
  AsOfGenerations,
  ProjectionEngineModule,
  ReadModelGenerations,
  ReadModelProjectionsModule,
  readModelProjections,
  type CopyStrategy,
} from '@giaoviec/reporting';
import { snapshotSchema } from '../../libs/reporting/src/projection/testing/projection-test-world';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asFinance, asStandingOffice, givenJuneUnderWay } from '../support/hue-fixtures';
import { testAppEnvironment } from '../support/test-app-environment';
import { TEST_REDIS_URL } from '../support/test-database-url';

/**
 * Issue 14, item 2, at scale: a past day starts from the nearest earlier day built, a long
 * build goes to the worker while the request answers 202, and month ends are built ahead at
 * 00:30 and kept beyond the cap. Real PostgreSQL, Redis and BullMQ; only the clocks are fixed.
 */
describe('the board as of a day, at scale: seeded builds, background builds, month ends built ahead', () => {
  jest.setTimeout(60_000);
  const queuePrefix = `asof-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  let api: ApiTestApp;
  let pool: Pool;
  let worker: INestApplicationContext | undefined;
  const at = (instant: string) => api.clock.set(new Date(instant));

  interface AsOfRow {
    as_of: string;
    status: string;
    seeded_from: string | null;
    events_applied: string;
    pinned: boolean;
    built_at: Date | null;
  }
  const asOfRows = async () =>
    (
      await pool.query<AsOfRow>(
        `SELECT to_char(as_of, 'YYYY-MM-DD') AS as_of, status, to_char(seeded_from, 'YYYY-MM-DD') AS seeded_from,
                events_applied, pinned, built_at
           FROM read_models_as_of ORDER BY as_of`,
      )
    ).rows;
  const rowOf = async (day: string) => (await asOfRows()).find((row) => row.as_of === day);
  const schemaOf = async (day: string) =>
    (
      await pool.query<{ schema_name: string }>(
        'SELECT schema_name FROM read_models_as_of WHERE as_of = $1',
        [day],
      )
    ).rows[0]!.schema_name;
  const dropEveryDay = async () => {
    for (const row of await asOfRows()) {
      await pool.query(`DROP SCHEMA IF EXISTS ${await schemaOf(row.as_of)} CASCADE`);
    }
    await pool.query('DELETE FROM read_models_as_of');
  };
  const generationsWith = (options: { keep?: number; copyStrategy?: CopyStrategy } = {}) =>
    new AsOfGenerations(
      pool,
      api.store,
      api.app.get(ReadModelGenerations),
      () => readModelProjections(),
      options,
    );
  /** The indexes of a schema as definitions without the schema's name (and without their own names, unless `named`). */
  const indexesOf = async (schema: string, named: boolean) =>
    (
      await pool.query<{ name: string; definition: string }>(
        `SELECT indexname AS name, replace(replace(indexdef, $1 || '.', ''), indexname, '<name>') AS definition
           FROM pg_indexes WHERE schemaname = $1`,
        [schema],
      )
    ).rows
      .map((row) => (named ? `${row.name}: ${row.definition}` : row.definition))
      .sort();

  beforeAll(async () => {
    api = await startApiTestApp({
      now: '2026-06-01T02:00:00.000Z',
      recordAtClock: true,
      queuePrefix,
      // Tiny, so that any day this suite's log cannot build in a few events goes to the worker.
      environment: { AS_OF_SYNC_BUILD_MAX_EVENTS: '3' },
    });
    pool = api.app.get<Pool>(PG_POOL);
    // June in a few days of work: assigned on 1/6, reported on and extended on 10/6, a KPI
    // value on 20/6, reported and completed on 30/6, more from July on.
    await givenJuneUnderWay(api);
    at('2026-06-20T02:00:00.000Z');
    await api.http
      .post('/plans/kh-495/indicators/kh-495-cqs-1/values')
      .set(asFinance)
      .send({ period: '2026-Q2', value: 55, source: 'Sở Tài chính', asOf: '2026-06-20' })
      .expect(201);
    at('2026-06-30T16:59:59.000Z'); // the last second of 30/06 in Huế
    await api.http
      .post('/tasks/kh-495-t1/progress')
      .set(asFinance)
      .send({ summary: 'Đã trình dự toán', percentComplete: 90 })
      .expect(201);
    await api.http
      .post('/tasks/kh-495-t1/complete')
      .set(asFinance)
      .send({ result: 'Đã bố trí kinh phí' })
      .expect(200);
    at('2026-07-15T02:00:00.000Z');
    await api.http
      .post('/tasks/kh-495-t2/escalate')
      .set(asStandingOffice)
      .send({ level: 'standing_office', reason: 'Quá hạn' })
      .expect(200);
  });

  afterAll(async () => {
    if (worker) {
      await worker
        .get<Queue>(getQueueToken(AS_OF_BUILD_QUEUE))
        .obliterate({ force: true })
        .catch(() => undefined);
      await worker.close();
    }
    await api?.close();
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${queuePrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  /** The worker's part that builds past days, on the API's schema and queue prefix, its clock fixed at `now`. */
  async function startWorker(now: string, environment: Record<string, string> = {}) {
    const clock = new FixedClock(new Date(now));
    const moduleRef = await Test.createTestingModule({
      imports: [
        InfrastructureModule.forRoot({ ...testAppEnvironment(api.schema), ...environment }),
        ProjectionEngineModule,
        ReadModelProjectionsModule,
        bullRootModule(queuePrefix),
        AsOfBuildsWorkerModule,
      ],
    })
      .overrideProvider(CLOCK)
      .useValue(clock)
      .compile();
    worker = await moduleRef.init();
    return worker;
  }

  async function eventually<T>(
    probe: () => Promise<T | undefined>,
    what: string,
    timeoutMs = 30_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs} ms: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it.each<CopyStrategy>(['indexes-after', 'like-including-all'])(
    'builds a day from the nearest earlier built day to the rows a build from the start gives (%s)',
    async (copyStrategy) => {
      const generations = generationsWith({ copyStrategy });
      const from = await generations.ensure('2026-06-10', endOfLocalDate('2026-06-10'));
      const seeded = await generations.ensure('2026-06-30', endOfLocalDate('2026-06-30'));
      const seededRow = await rowOf('2026-06-30');
      expect(seededRow).toMatchObject({ status: 'ready', seeded_from: '2026-06-10' });
      const earlier = await rowOf('2026-06-10');
      const seededRows = await snapshotSchema(pool, seeded.schema);
      const seededIndexes = await indexesOf(seeded.schema, true);

      // The same day from the start of the log, with no earlier day to start from.
      await dropEveryDay();
      const scratch = await generations.ensure('2026-06-30', endOfLocalDate('2026-06-30'));
      const scratchRow = await rowOf('2026-06-30');
      expect(scratchRow).toMatchObject({ status: 'ready', seeded_from: null });
      // Only the events after 10/06 were replayed into the seeded day.
      expect(Number(seededRow!.events_applied)).toBe(
        Number(scratchRow!.events_applied) - Number(earlier!.events_applied),
      );
      expect(Number(seededRow!.events_applied)).toBeGreaterThan(0);
      expect(scratch.checkpoint).toBe(seeded.checkpoint);
      expect(scratch.checkpoint).not.toBe(from.checkpoint);
      // Row for row, every table (the checkpoint too), and the same indexes and keys.
      const scratchRows = await snapshotSchema(pool, scratch.schema);
      expect(Object.keys(scratchRows).length).toBeGreaterThan(5);
      expect(seededRows).toEqual(scratchRows);
      // The same indexes and keys; under their own names only when built after the rows (LIKE … INCLUDING ALL names them anew).
      const scratchIndexes = await indexesOf(scratch.schema, true);
      if (copyStrategy === 'indexes-after') expect(seededIndexes).toEqual(scratchIndexes);
      const unnamed = (indexes: string[]) => indexes.map((index) => index.replace(/^[^:]+: /, '')).sort();
      expect(unnamed(seededIndexes)).toEqual(unnamed(scratchIndexes));
      // The completion at 23:59:59 on 30/06 is in; the escalation of 15/07 is not.
      const tasks = await pool.query(
        `SELECT task_id, status, escalation_level FROM ${scratch.schema}.rm_tasks ORDER BY 1`,
      );
      expect(tasks.rows).toEqual([
        { task_id: 'kh-495-t1', status: 'completed', escalation_level: null },
        { task_id: 'kh-495-t2', status: 'in_progress', escalation_level: null },
      ]);
      await dropEveryDay();
    },
  );

  it('leaves out of a past day the log-sized tables no past read uses (audit trail, notifications), and keeps the names the board joins', async () => {
    const day = await generationsWith().ensure('2026-06-30', endOfLocalDate('2026-06-30'));
    const tables = (
      await pool.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = $1', [
        day.schema,
      ])
    ).rows.map((row) => row.tablename);
    expect(tables).toEqual(expect.arrayContaining(['rm_tasks', 'rm_audit_labels']));
    expect(tables.filter((table) => table === 'rm_audit' || table.startsWith('rm_notification'))).toEqual([]);
    const labels = await pool.query(
      `SELECT id FROM ${day.schema}.rm_audit_labels WHERE kind = 'task' ORDER BY id`,
    );
    expect(labels.rows).toEqual([{ id: 'kh-495-t1' }, { id: 'kh-495-t2' }]);
    await dropEveryDay();
  });

  it('answers 202 in Vietnamese for a day too long to build in the request, and the worker builds it once', async () => {
    const ask = () =>
      api.http.get('/dashboard/agencies?asOf=2026-06-20').set(asStandingOffice).set('Accept-Language', 'vi');
    const first = await ask().expect(202);
    expect(first.headers['retry-after']).toBe('10');
    expect(first.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(first.body).toEqual({
      type: 'urn:giaoviec:problem:read_models.as_of_preparing',
      title: 'Đang chuẩn bị số liệu',
      status: 202,
      detail: 'Đang chuẩn bị số liệu tại cuối ngày 20/06/2026, vui lòng thử lại sau ít phút.',
      rule: 'read_models.as_of_preparing',
      asOf: '2026-06-20',
      retryAfterSeconds: 10,
    });
    // As the OpenAPI document says, strictly (no member it does not name).
    const document = (await api.http.get('/docs/openapi.json').expect(200)).body;
    const answer = document.paths['/dashboard/agencies'].get.responses['202'];
    expect(answer.content['application/problem+json'].schema.$ref).toBe(
      '#/components/schemas/AsOfPreparingAnswer',
    );
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile({
      ...document.components.schemas.AsOfPreparingAnswer,
      additionalProperties: false,
    });
    expect(validate(first.body)).toBe(true);
    for (const url of [
      '/tasks',
      '/dashboard/overdue',
      '/dashboard/plans/{planId}',
      '/dashboard/indicators',
    ]) {
      expect(Object.keys(document.paths[url].get.responses)).toContain('202');
    }

    // Others asking meanwhile, for any screen of that day: still one job, nothing built in a request.
    await api.http.get('/tasks?asOf=2026-06-20').set(asFinance).expect(202);
    await ask().expect(202);
    // No worker runs yet: the one job waits in Redis.
    const producer = new Queue(AS_OF_BUILD_QUEUE, {
      connection: { url: TEST_REDIS_URL },
      prefix: queuePrefix,
    });
    const jobs = await producer.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
    await producer.close();
    expect(jobs.map((job) => [job.name, job.id, job.data])).toEqual([
      ['build-day', 'as-of-2026-06-20', { day: '2026-06-20' }],
    ]);
    expect(await rowOf('2026-06-20')).toBeUndefined();

    await startWorker('2026-07-15T02:00:00.000Z');
    const built = await eventually(
      async () => ((await rowOf('2026-06-20'))?.status === 'ready' ? rowOf('2026-06-20') : undefined),
      'the worker builds 20/06',
    );
    expect(built).toMatchObject({ seeded_from: null, pinned: false });

    const ready = await ask().expect(200);
    // On 20/06: two tasks, t2 extended to that very day, so not yet overdue.
    expect(ready.body).toMatchObject({ asOf: '2026-06-20', totals: { total: 2, overdue: 0, extended: 1 } });
    // The worker built it once, and the 200 found it built.
    expect((await rowOf('2026-06-20'))!.built_at).toEqual(built.built_at);
  });

  it('builds the month end just passed at 00:30, from the nearest earlier day, and keeps it beyond the cap', async () => {
    await worker?.close();
    // 00:30 on 01/07 in Huế; 15/06 is a day configured to be kept too.
    const started = await startWorker('2026-06-30T17:30:00.000Z', {
      AS_OF_PINNED_DAYS: '2026-06-15,2026-12-15',
    });
    const queue = started.get<Queue>(getQueueToken(AS_OF_BUILD_QUEUE));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ name: AS_OF_PREBUILD_JOB, pattern: '30 0 * * *', tz: 'Asia/Ho_Chi_Minh' }),
    ]);
    // The next run is 00:30 in Huế: 17:30 UTC.
    expect(new Date(schedulers[0]!.next!).getUTCHours()).toBe(17);
    expect(new Date(schedulers[0]!.next!).getUTCMinutes()).toBe(30);

    // What the scheduler adds at 00:30, added now, run by the worker.
    const job = await queue.add(AS_OF_PREBUILD_JOB, {});
    const done = await eventually(async () => {
      const state = await job.getState();
      if (state === 'failed')
        throw new Error(`The prebuild failed: ${(await queue.getJob(job.id!))?.failedReason}`);
      return state === 'completed' ? (await queue.getJob(job.id!))!.returnvalue : undefined;
    }, 'the prebuild job completes');
    expect(done).toEqual({ days: ['2026-06-15', '2026-06-30'] });
    expect(await rowOf('2026-06-15')).toMatchObject({ status: 'ready', pinned: true, seeded_from: null });
    // 20/06 (built on request above) is the nearest earlier day to 30/06.
    const monthEnd = await rowOf('2026-06-30');
    expect(monthEnd).toMatchObject({ status: 'ready', pinned: true, seeded_from: '2026-06-20' });

    // A request answers from it at once: with 3 events at most to build in a request, a 200 is a day found built.
    const board = await api.http.get('/dashboard/overdue?asOf=2026-06-30').set(asStandingOffice).expect(200);
    expect(board.body).toMatchObject({
      asOf: '2026-06-30',
      total: 1,
      items: [{ taskId: 'kh-495-t2', daysOverdue: 10 }],
    });
    expect((await rowOf('2026-06-30'))!.built_at).toEqual(monthEnd!.built_at);

    // Beyond the cap (1 here) the least recently read unpinned days go; the pinned ones stay.
    const capped = generationsWith({ keep: 1 });
    await capped.ensure('2026-06-05', endOfLocalDate('2026-06-05'));
    await capped.ensure('2026-06-06', endOfLocalDate('2026-06-06'));
    expect((await asOfRows()).map((row) => [row.as_of, row.pinned])).toEqual([
      ['2026-06-06', false],
      ['2026-06-15', true],
      ['2026-06-30', true],
    ]);
  });
});
