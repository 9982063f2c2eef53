/**
 * `npm run bench`: the first part of issue 7. Every figure is printed beside a baseline
 * measured in the same run on the same machine, and their ratio (value / baseline).
 *
 *   npm run bench            default sizes, a couple of minutes at most
 *   npm run bench -- --full  longer measuring windows (reserved for the large sizes)
 */
import { InMemoryEventStore, PostgresEventStore, type EventStore } from '@giaoviec/event-store';
import { appendThroughput } from './append-throughput';
import { commandThroughput, seedPlan, startBenchApi, type BenchApi } from './api-throughput';
import {
  benchPool,
  createSchema,
  dropSchema,
  ensureBenchDatabase,
  newSchemaName,
  rawInsertRate,
} from './database';
import type { LoadResult } from './measure';
import { formatFigures, type Figure } from './report';

const full = process.argv.includes('--full');
const MEASURE_MS = full ? 15_000 : 4_000;
const APPEND_MS = full ? 10_000 : 3_000;
const WARMUP_MS = full ? 3_000 : 1_000;
const CONCURRENCY = [1, 16, 64];

const NOT_YET_IMPLEMENTED = [
  'projection catch-up at 100k/1M events vs COPY',
  'live projection lag p50/p99 under command load',
  'scheduling 100k reminders (time, Redis memory, due-time spread)',
  'national-scale queries (3,300 communes, 700 departments, 1M tasks)',
];

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function commandFigures(schema: string, figures: Figure[]): Promise<Map<number, LoadResult>> {
  const baselines = new Map<number, LoadResult>();
  let api: BenchApi | undefined;
  try {
    log('booting the API in-process…');
    api = await startBenchApi(schema);
    await seedPlan(api);
    await commandThroughput(api, 'warmup', 4, WARMUP_MS);
    for (const concurrency of CONCURRENCY) {
      log(`raw INSERT baseline, ${concurrency} connection(s)…`);
      const raw = await rawInsertRate(schema, concurrency, MEASURE_MS);
      baselines.set(concurrency, raw);
      log(`HTTP commands, ${concurrency} client(s)…`);
      const commands = await commandThroughput(api, `c${concurrency}`, concurrency, MEASURE_MS);
      figures.push(
        {
          name: `commands/s  c=${concurrency}`,
          value: commands.perSecond,
          baseline: raw.perSecond,
          unit: '/s',
        },
        { name: `command p50 c=${concurrency}`, value: commands.p50Ms, baseline: raw.p50Ms, unit: 'ms' },
        { name: `command p99 c=${concurrency}`, value: commands.p99Ms, baseline: raw.p99Ms, unit: 'ms' },
      );
    }
  } finally {
    await api?.close();
  }
  return baselines;
}

async function appendFigures(schema: string, rawSingle: LoadResult, figures: Figure[]): Promise<void> {
  const pool = benchPool(schema, 4);
  try {
    const adapters: Array<[string, EventStore]> = [
      ['postgres', await PostgresEventStore.create(pool, { schema, tablePrefix: 'bench_es_' })],
      ['in-memory', new InMemoryEventStore()],
    ];
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

async function main(): Promise<void> {
  await ensureBenchDatabase();
  const schema = newSchemaName();
  await createSchema(schema);
  log(`schema ${schema}${full ? ' (--full)' : ''}`);
  const figures: Figure[] = [];
  try {
    const baselines = await commandFigures(schema, figures);
    const rawSingle = baselines.get(1);
    if (rawSingle === undefined) throw new Error('no single-connection INSERT baseline');
    await appendFigures(schema, rawSingle, figures);
  } finally {
    await dropSchema(schema);
  }
  console.log(
    'baselines: raw durable single-row INSERTs (bigserial + jsonb, one per transaction, synchronous_commit on) at the same concurrency; appends against 1 connection',
  );
  for (const line of formatFigures(figures)) console.log(line);
  console.log(`not yet implemented (issue 7): ${NOT_YET_IMPLEMENTED.join('; ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
