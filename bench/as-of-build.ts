import type { Pool } from 'pg';
import type { EventStore } from '@giaoviec/event-store';
import { addDays, localDateAt } from '@giaoviec/kernel';
import {
  AsOfGenerations,
  ReadModelGenerations,
  readModelProjections,
  type CopyStrategy,
} from '@giaoviec/reporting';
import { QUIET_ENGINE_LOGGER } from './projection-catch-up';
import type { Figure } from './report';

/** The share of the bench log taken as "one day of activity" (a year of work is ~250 working days). */
const DAY_SHARE = 0.01;
const HOUR_MS = 3_600_000;

export interface AsOfBuildResult {
  /** Yesterday, built from the start of the log: everything but the last day's events. */
  readonly fullEvents: number;
  readonly fullSeconds: number;
  /** Today, built from yesterday: its tables copied, then one day of events replayed, per copy strategy. */
  readonly fromDayBefore: ReadonlyArray<{ strategy: CopyStrategy; events: number; seconds: number }>;
  /** A second request for the same day: found built, nothing replayed. */
  readonly cachedMs: number;
  /** Disk of one built day's schema (tables, indexes, TOAST). */
  readonly dayBytes: number;
}

/**
 * `?asOf=` on days whose read models are not built yet. The bench log is COPYed in one go, so
 * every event has one recorded time: its last DAY_SHARE is moved an hour later, to stand for
 * the day after (and moved back at the end). Yesterday is built from the start of the log;
 * today from yesterday, once per copy strategy; then today is asked for again.
 */
export async function asOfBuild(store: EventStore, pool: Pool): Promise<AsOfBuildResult> {
  const projections = readModelProjections();
  const generations = new ReadModelGenerations(pool, () => projections, { logger: QUIET_ENGINE_LOGGER });
  const asOfWith = (copyStrategy: CopyStrategy) =>
    new AsOfGenerations(pool, store, generations, () => projections, {
      logger: QUIET_ENGINE_LOGGER,
      copyStrategy,
    });
  const today = localDateAt(new Date());
  const yesterday = addDays(today, -1);
  const { rows } = await pool.query<{ last: string; total: string; loaded_at: Date }>(
    'SELECT max(global_position)::text AS last, count(*)::text AS total, max(recorded_at) AS loaded_at FROM es_events',
  );
  const dayEvents = Math.max(1, Math.round(Number(rows[0]!.total) * DAY_SHARE));
  const loadedAt = rows[0]!.loaded_at.getTime();
  const shiftLastDay = (sign: '+' | '-') =>
    pool.query(
      `UPDATE es_events SET recorded_at = recorded_at ${sign} interval '1 hour' WHERE global_position > $1::bigint - $2`,
      [rows[0]!.last, dayEvents],
    );
  await shiftLastDay('+');
  try {
    const started = Date.now();
    await asOfWith('indexes-after').ensure(yesterday, new Date(loadedAt + HOUR_MS / 2));
    const fullSeconds = (Date.now() - started) / 1000;
    const dayBytes = await schemaBytes(pool, yesterday);
    const fromDayBefore: { strategy: CopyStrategy; events: number; seconds: number }[] = [];
    let cachedMs = 0;
    for (const strategy of ['like-including-all', 'indexes-after'] as const) {
      await dropDay(pool, today);
      const asOf = asOfWith(strategy);
      const begun = Date.now();
      await asOf.ensure(today, new Date(loadedAt + 2 * HOUR_MS));
      fromDayBefore.push({
        strategy,
        events: await eventsApplied(pool, today),
        seconds: (Date.now() - begun) / 1000,
      });
      const again = Date.now();
      await asOf.ensure(today, new Date(loadedAt + 2 * HOUR_MS));
      cachedMs = Date.now() - again;
    }
    return {
      fullEvents: await eventsApplied(pool, yesterday),
      fullSeconds,
      fromDayBefore,
      cachedMs,
      dayBytes,
    };
  } finally {
    await shiftLastDay('-');
  }
}

async function eventsApplied(pool: Pool, day: string): Promise<number> {
  const { rows } = await pool.query<{ events_applied: string }>(
    'SELECT events_applied FROM read_models_as_of WHERE as_of = $1',
    [day],
  );
  return Number(rows[0]?.events_applied ?? 0);
}

async function schemaBytes(pool: Pool, day: string): Promise<number> {
  const { rows } = await pool.query<{ bytes: string }>(
    `SELECT coalesce(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0)::text AS bytes
       FROM pg_tables WHERE schemaname = (SELECT schema_name FROM read_models_as_of WHERE as_of = $1)`,
    [day],
  );
  return Number(rows[0]?.bytes ?? 0);
}

async function dropDay(pool: Pool, day: string): Promise<void> {
  const { rows } = await pool.query<{ schema_name: string }>(
    'DELETE FROM read_models_as_of WHERE as_of = $1 RETURNING schema_name',
    [day],
  );
  for (const { schema_name } of rows) await pool.query(`DROP SCHEMA IF EXISTS ${schema_name} CASCADE`);
}

export function asOfBuildFigures(
  result: AsOfBuildResult,
  catchUp: { events: number; seconds: number },
): Figure[] {
  const fullMs = result.fullSeconds * 1000;
  return [
    {
      name: `as-of build ${result.fullEvents.toLocaleString('en')} events from the start, events/s`,
      value: result.fullEvents / result.fullSeconds,
      baseline: catchUp.events / catchUp.seconds,
      unit: '/s',
    },
    ...result.fromDayBefore.map((build) => ({
      name: `as-of build from the day before (${build.strategy}, ${build.events.toLocaleString('en')} events), ms`,
      value: build.seconds * 1000,
      baseline: fullMs,
      unit: 'ms',
    })),
    { name: 'as-of day already built, ms', value: result.cachedMs, baseline: fullMs, unit: 'ms' },
    {
      name: 'as-of one built day on disk, MB',
      value: result.dayBytes / 1e6,
      baseline: result.dayBytes / 1e6,
      unit: 'MB',
    },
  ];
}
