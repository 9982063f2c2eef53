import type { Pool } from 'pg';
import type { EventStore } from '@giaoviec/event-store';
import { localDateAt } from '@giaoviec/kernel';
import { AsOfGenerations, ReadModelGenerations, readModelProjections } from '@giaoviec/reporting';
import { QUIET_ENGINE_LOGGER } from './projection-catch-up';
import type { Figure } from './report';

export interface AsOfBuildResult {
  readonly events: number;
  readonly buildSeconds: number;
  /** A second request for the same day: found built, nothing replayed. */
  readonly cachedMs: number;
}

/**
 * `?asOf=` on a day whose read models are not built yet: the whole log replayed into a
 * day's schema (every event of the bench log is recorded before the end of today), then the
 * same day asked again, which finds it built.
 */
export async function asOfBuild(store: EventStore, pool: Pool): Promise<AsOfBuildResult> {
  const projections = readModelProjections();
  const generations = new ReadModelGenerations(pool, () => projections, { logger: QUIET_ENGINE_LOGGER });
  const asOf = new AsOfGenerations(pool, store, generations, () => projections, {
    logger: QUIET_ENGINE_LOGGER,
  });
  const day = localDateAt(new Date());
  const recordedBefore = new Date(Date.now() + 3_600_000);
  const started = Date.now();
  await asOf.ensure(day, recordedBefore);
  const buildSeconds = (Date.now() - started) / 1000;
  const again = Date.now();
  await asOf.ensure(day, recordedBefore);
  const cachedMs = Date.now() - again;
  const { rows } = await pool.query<{ events_applied: string }>(
    'SELECT events_applied FROM read_models_as_of WHERE as_of = $1',
    [day],
  );
  return { events: Number(rows[0]?.events_applied ?? 0), buildSeconds, cachedMs };
}

export function asOfBuildFigures(
  result: AsOfBuildResult,
  catchUp: { events: number; seconds: number },
): Figure[] {
  return [
    {
      name: `as-of build ${result.events.toLocaleString('en')} events, events/s`,
      value: result.events / result.buildSeconds,
      baseline: catchUp.events / catchUp.seconds,
      unit: '/s',
    },
    {
      name: 'as-of day already built, ms',
      value: result.cachedMs,
      baseline: result.buildSeconds * 1000,
      unit: 'ms',
    },
  ];
}
