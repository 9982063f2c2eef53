import type { Pool } from 'pg';
import type { EventStore } from '@giaoviec/event-store';
import {
  ReadModelGenerations,
  readModelProjections,
  rebuildReadModels,
  type EngineLogger,
} from '@giaoviec/reporting';
import type { Figure } from './report';

/** The engine's own progress lines would drown the benchmark's output. */
export const QUIET_ENGINE_LOGGER: EngineLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: console.error,
};

export interface CatchUpResult {
  readonly events: number;
  readonly seconds: number;
}

/**
 * A cold start of the read models, exactly as `npm run cli -- rebuild-read-models` does it:
 * a new generation replays the whole log from the start, then goes live. Timed from the
 * start to the switch; the retired generation is dropped afterwards, outside the timing.
 */
export async function catchUpFromColdStart(store: EventStore, pool: Pool): Promise<CatchUpResult> {
  const projections = readModelProjections();
  const generations = new ReadModelGenerations(pool, () => projections, { logger: QUIET_ENGINE_LOGGER });
  await generations.ensureLive();
  const result = await rebuildReadModels({
    store,
    pool,
    projections,
    generations,
    logger: QUIET_ENGINE_LOGGER,
    handoverMs: 0,
    dropOld: false,
  });
  await generations.dropRetired();
  return { events: result.eventsApplied, seconds: result.durationMs / 1000 };
}

export function catchUpFigure(result: CatchUpResult, rawCopy: { rows: number; ms: number }): Figure {
  return {
    name: `projection catch-up ${result.events.toLocaleString('en')} events, events/s`,
    value: result.events / result.seconds,
    baseline: rawCopy.rows / (rawCopy.ms / 1000),
    unit: '/s',
  };
}

export async function vacuumAnalyzeLiveReadModels(pool: Pool): Promise<void> {
  const projections = readModelProjections();
  const generations = new ReadModelGenerations(pool, () => projections, { logger: QUIET_ENGINE_LOGGER });
  await generations.vacuumAnalyze((await generations.live()).generation);
}
