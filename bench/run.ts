/**
 * `npm run bench` (issue 7). Every figure is printed beside a baseline measured in the same
 * run on the same machine, and their ratio (value / baseline).
 *
 *   npm run bench            default sizes: about 3 minutes
 *   npm run bench -- --full  longer windows, 1M-event catch-up, 1M tasks behind the screens (about 20 minutes)
 *
 * Parts: 1. commands over HTTP (and the live projection lag under them), 2. appends per
 * adapter, 3. projection catch-up from a cold start and the same log built as of a day
 * (`?asOf=`), 4. 100,000 reminders, 5. the screens
 * at national scale, 6. the first load of the task list in Chromium. `--only=1,3` runs some of them.
 */
import {
  EventStoreDbEventStore,
  InMemoryEventStore,
  PostgresEventStore,
  type EventStore,
} from '@giaoviec/event-store';
import { appendThroughput } from './append-throughput';
import { asOfBuild, asOfBuildFigures } from './as-of-build';
import { commandThroughput, seedPlan, startBenchApi, type BenchApi } from './api-throughput';
import {
  benchPool,
  benchSetting,
  createSchema,
  dropSchema,
  dropSchemasOnInterrupt,
  ensureBenchDatabase,
  newSchemaName,
  rawInsertRate,
} from './database';
import { LiveProjection } from './live-projection';
import { percentile, type LoadResult } from './measure';
import { NationalEventLog } from './national/national-event-log-loader';
import { nationalQueryFigures } from './national-queries';
import { catchUpFigure, catchUpFromColdStart, vacuumAnalyzeLiveReadModels } from './projection-catch-up';
import { reminderFigures } from './reminders-benchmark';
import { formatFigures, type Figure } from './report';
import { webFirstLoadFigures } from './web-first-load';

const full = process.argv.includes('--full');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .map(Number);
const runs = (part: number) => only === undefined || only.includes(part);

const MEASURE_MS = full ? 15_000 : 4_000;
const APPEND_MS = full ? 10_000 : 3_000;
const QUERY_MS = full ? 10_000 : 3_000;
const WARMUP_MS = full ? 3_000 : 1_000;
const CONCURRENCY = [1, 16, 64];
const QUERY_CONCURRENCY = [1, 16];
const CATCH_UP_SIZES = full ? [100_000, 1_000_000] : [100_000];
const NATIONAL_TASKS = full ? 1_000_000 : 0; // by default, the tasks of the 100k-event log

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** What the run could not measure here, printed with the figures. */
const notMeasured: string[] = [];

/** Part 1, with the live projection lag measured under the same load. */
async function commandFigures(schema: string, figures: Figure[]): Promise<LoadResult> {
  let rawSingle: LoadResult | undefined;
  let api: BenchApi | undefined;
  let projection: LiveProjection | undefined;
  const pool = benchPool(schema, 4);
  try {
    log('booting the API in-process…');
    api = await startBenchApi(schema);
    const store = await PostgresEventStore.create(pool, { schema });
    projection = await LiveProjection.start(store, pool);
    await seedPlan(api);
    await commandThroughput(api, 'warmup', 4, WARMUP_MS);
    await projection.caughtUp(60_000);
    projection.takeLags();
    for (const concurrency of CONCURRENCY) {
      log(`raw INSERT baseline, ${concurrency} connection(s)…`);
      const raw = await rawInsertRate(schema, concurrency, MEASURE_MS);
      rawSingle ??= raw;
      log(`HTTP commands, ${concurrency} client(s)…`);
      const commands = await commandThroughput(api, `c${concurrency}`, concurrency, MEASURE_MS);
      await projection.caughtUp(120_000);
      const lags = projection.takeLags();
      figures.push(
        {
          name: `commands/s  c=${concurrency}`,
          value: commands.perSecond,
          baseline: raw.perSecond,
          unit: '/s',
        },
        { name: `command p50 c=${concurrency}`, value: commands.p50Ms, baseline: raw.p50Ms, unit: 'ms' },
        { name: `command p99 c=${concurrency}`, value: commands.p99Ms, baseline: raw.p99Ms, unit: 'ms' },
        {
          name: `projection lag p50 c=${concurrency}`,
          value: percentile(lags, 0.5),
          baseline: raw.p50Ms,
          unit: 'ms',
        },
        {
          name: `projection lag p99 c=${concurrency}`,
          value: percentile(lags, 0.99),
          baseline: raw.p99Ms,
          unit: 'ms',
        },
      );
    }
    await store.close();
  } finally {
    await projection?.stop();
    await api?.close();
    await pool.end();
  }
  if (!rawSingle) throw new Error('no single-connection INSERT baseline');
  return rawSingle;
}

/** Part 2: each adapter, single events and batches. */
async function appendFigures(schema: string, rawSingle: LoadResult, figures: Figure[]): Promise<void> {
  const pool = benchPool(schema, 4);
  try {
    const adapters: Array<[string, EventStore]> = [
      ['postgres', await PostgresEventStore.create(pool, { schema, tablePrefix: 'bench_es_' })],
      ['in-memory', new InMemoryEventStore()],
    ];
    const eventStoreDb = benchSetting('EVENTSTORE_CONNECTION_STRING', '');
    if (eventStoreDb === '') {
      notMeasured.push(
        'append eventstoredb: EVENTSTORE_CONNECTION_STRING is not set (no EventStoreDB server here)',
      );
    } else {
      adapters.push(['eventstoredb', EventStoreDbEventStore.fromConnectionString(eventStoreDb)]);
    }
    for (const [name, store] of adapters) {
      await appendThroughput(store, `${name}-warmup`, 10, WARMUP_MS);
      for (const batchSize of [1, 10, 100]) {
        log(`append ${name}, batches of ${batchSize}…`);
        const result = await appendThroughput(store, `${name}-b${batchSize}`, batchSize, APPEND_MS);
        figures.push({
          name: `append ${name} batch=${batchSize} events/s`,
          value: result.perSecond,
          baseline: rawSingle.perSecond,
          unit: '/s',
        });
      }
      await store.close();
    }
  } finally {
    await pool.end();
  }
}

/** Parts 3 and 5: on one national event log, grown step by step, in a schema of its own. */
async function nationalFigures(figures: Figure[]): Promise<void> {
  const schema = newSchemaName();
  await createSchema(schema);
  const pool = benchPool(schema, 20);
  let api: BenchApi | undefined;
  try {
    const eventLog = await NationalEventLog.create(pool, schema);
    if (runs(3)) {
      for (const events of CATCH_UP_SIZES) {
        log(`national event log: loading ${events.toLocaleString('en')} events…`);
        await eventLog.growTo({ events }, log);
        log('projection catch-up from a cold start…');
        const result = await catchUpFromColdStart(eventLog.store, pool);
        const size = eventLog.size;
        figures.push(catchUpFigure(result, { rows: size.rawCopyRows, ms: size.rawCopyMs }));
        log('the same log as of the end of a day (?asOf=), built on demand…');
        figures.push(...asOfBuildFigures(await asOfBuild(eventLog.store, pool), result));
      }
    }
    if (!runs(5)) return;
    await eventLog.growTo({ events: CATCH_UP_SIZES[0], tasks: NATIONAL_TASKS }, log);
    log(`bringing the read models up to ${eventLog.size.events.toLocaleString('en')} events…`);
    const projection = await LiveProjection.start(eventLog.store, pool);
    try {
      await projection.caughtUp(3_600_000);
    } finally {
      await projection.stop();
    }
    // The steady state autovacuum reaches within minutes: planner statistics, visibility map.
    await vacuumAnalyzeLiveReadModels(pool);
    api = await startBenchApi(schema);
    figures.push(
      ...(await nationalQueryFigures({
        api,
        pool,
        tasks: eventLog.size.tasks,
        concurrency: QUERY_CONCURRENCY,
        durationMs: QUERY_MS,
        log,
      })),
    );
    await eventLog.store.close();
  } finally {
    await api?.close();
    await pool.end();
    await dropSchema(schema);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  dropSchemasOnInterrupt(log);
  await ensureBenchDatabase();
  const schema = newSchemaName();
  await createSchema(schema);
  log(`schema ${schema}${full ? ' (--full)' : ''}`);
  const figures: Figure[] = [];
  try {
    if (runs(1) || runs(2)) {
      const rawSingle = await commandFigures(schema, figures);
      if (runs(2)) await appendFigures(schema, rawSingle, figures);
    }
  } finally {
    await dropSchema(schema);
  }
  if (runs(3) || runs(5)) await nationalFigures(figures);
  if (runs(4)) figures.push(...(await reminderFigures({ full, log })));
  if (runs(6)) figures.push(...(await webFirstLoadFigures({ log, notMeasured })));
  console.log('baselines:');
  console.log(
    '  commands, projection lag: raw durable single-row INSERTs (jsonb, synchronous_commit on) at the same concurrency',
  );
  console.log('  appends: the same INSERTs from one connection');
  console.log('  projection catch-up: a raw COPY of the same event rows into a plain table');
  console.log(
    '  as-of build: the catch-up of the same log just before (events/s); as-of day already built: building it the first time',
  );
  console.log('  reminders: see each line');
  console.log('  web first task list: the same login and first page of tasks called from Node (no browser)');
  console.log(
    '  screens: a primary-key SELECT of one task row straight from PostgreSQL at the same concurrency',
  );
  for (const line of formatFigures(figures)) console.log(line);
  for (const line of notMeasured) console.log(`not measured: ${line}`);
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
