import type { Pool } from 'pg';
import type { Actor } from '@giaoviec/kernel';
import { ReadModelGenerations, readModelProjections } from '@giaoviec/reporting';
import { actorHeaders } from '../test/support/access-tokens';
import type { BenchApi } from './api-throughput';
import { HttpClient } from './http-client';
import { runClosedLoop, type LoadResult } from './measure';
import {
  communeId,
  departmentId,
  NATIONAL_COMMUNES,
  NATIONAL_DEPARTMENTS,
  officerOf,
  planId,
  standingOfficeActor,
} from './national/national-directory';
import { BENCH_PLANS } from './national/national-event-log';
import { SeededRandom } from './national/seeded-random';
import { QUIET_ENGINE_LOGGER } from './projection-catch-up';
import type { Figure } from './report';

const LEADERSHIP: Actor = { userId: 'u-bench-lanhdao', agencyId: 'van-phong-ubnd', role: 'leadership' };

interface Screen {
  readonly name: string;
  /** The request a user of this screen makes; `random` picks whose and which. */
  request(random: SeededRandom): { path: string; actor: Actor };
}

function anyAgency(random: SeededRandom): string {
  return random.chance(0.8)
    ? communeId(random.integer(0, NATIONAL_COMMUNES - 1))
    : departmentId(random.integer(0, NATIONAL_DEPARTMENTS - 1));
}

/** The screens of issue 7, as their users open them. */
const SCREENS: readonly Screen[] = [
  {
    name: 'agency task list',
    request: (random) => ({ path: '/tasks?limit=50', actor: officerOf(anyAgency(random)) }),
  },
  {
    name: 'overdue board',
    request: () => ({ path: '/dashboard/overdue?limit=50', actor: standingOfficeActor() }),
  },
  {
    name: 'Steering Committee dashboard (all agencies)',
    request: () => ({ path: '/dashboard/agencies', actor: LEADERSHIP }),
  },
  {
    name: 'plan dashboard',
    request: (random) => ({
      path: `/dashboard/plans/${planId(random.integer(0, BENCH_PLANS - 1))}`,
      actor: LEADERSHIP,
    }),
  },
  {
    name: 'audit filter (agency, two months)',
    request: (random) => ({
      path: `/audit?agencyId=${anyAgency(random)}&from=2026-03-01&to=2026-04-30&limit=50`,
      actor: LEADERSHIP,
    }),
  },
];

/**
 * p50/p99 of each screen over real HTTP against the national data set, and, as the
 * baseline, a primary-key SELECT of one task row straight from PostgreSQL at the same
 * concurrency: the floor of any read here.
 */
export async function nationalQueryFigures(options: {
  api: BenchApi;
  pool: Pool;
  tasks: number;
  concurrency: readonly number[];
  durationMs: number;
  log: (message: string) => void;
}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const tokens = new Map<string, Record<string, string>>();
  const headersOf = (actor: Actor) => {
    const key = `${actor.userId}|${actor.agencyId}|${actor.role}`;
    let headers = tokens.get(key);
    if (!headers) tokens.set(key, (headers = actorHeaders(actor)));
    return headers;
  };
  const size = `${options.tasks.toLocaleString('en')} tasks`;
  for (const concurrency of options.concurrency) {
    options.log(`national queries (${size}), ${concurrency} client(s)…`);
    const baseline = await primaryKeyReads(options.pool, options.tasks, concurrency, options.durationMs);
    const client = new HttpClient(options.api.port, concurrency);
    try {
      for (const screen of SCREENS) {
        // Each screen once before measuring, so a broken one fails loudly instead of timing errors.
        const random = new SeededRandom(concurrency);
        const first = screen.request(random);
        await client.get(first.path, headersOf(first.actor));
        const result = await runClosedLoop({
          concurrency,
          durationMs: options.durationMs,
          operation: async () => {
            const { path, actor } = screen.request(random);
            await client.get(path, headersOf(actor));
          },
        });
        figures.push(...latencyFigures(`${screen.name} c=${concurrency}`, result, baseline));
      }
    } finally {
      client.close();
    }
  }
  return figures;
}

function latencyFigures(name: string, result: LoadResult, baseline: LoadResult): Figure[] {
  return [
    { name: `${name} p50`, value: result.p50Ms, baseline: baseline.p50Ms, unit: 'ms' },
    { name: `${name} p99`, value: result.p99Ms, baseline: baseline.p99Ms, unit: 'ms' },
  ];
}

async function primaryKeyReads(
  pool: Pool,
  tasks: number,
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const projections = readModelProjections();
  const schema = await new ReadModelGenerations(pool, () => projections, {
    logger: QUIET_ENGINE_LOGGER,
  }).liveSchema();
  const random = new SeededRandom(7);
  const sql = `SELECT * FROM ${schema}.rm_tasks WHERE task_id = $1`;
  return runClosedLoop({
    concurrency,
    durationMs,
    operation: async () => {
      const taskId = `bench-task-${String(random.integer(1, tasks)).padStart(7, '0')}`;
      const { rowCount } = await pool.query(sql, [taskId]);
      if (rowCount !== 1) throw new Error(`task ${taskId} is not in the read models`);
    },
  });
}
