import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import type { EventStore, GlobalCheckpoint } from '@giaoviec/event-store';
import { checkOut, type EngineLogger, isAtOrPast } from './generation-sql';
import type { Projection } from './projection';
import { validateProjections } from './projection-catalog';
import { ProjectionRunner } from './projection-runner';
import { ReadModelGenerations } from './read-model-generations';

export interface RebuildReadModelsOptions {
  readonly store: EventStore;
  /** The app's pool (search_path: the app schema holding read_model_generations). */
  readonly pool: Pool;
  readonly projections: readonly Projection[];
  /** Share the caller's instance (and its cache); one is made otherwise. */
  readonly generations?: ReadModelGenerations;
  readonly logger?: EngineLogger;
  /** Events per transaction (default 500). */
  readonly batchSize?: number;
  /**
   * How long the rebuild's runner keeps the new generation current after the switch, so
   * it does not pause while the worker moves over to it (default 2000 ms; two runners on
   * one generation are safe).
   */
  readonly handoverMs?: number;
  /** Whether to drop the old generation's schema (default true; its row stays, retired). */
  readonly dropOld?: boolean;
  /**
   * Wait between the switch and the drop, longer than readers and the worker take to
   * notice the switch (default 5000 ms).
   */
  readonly dropGraceMs?: number;
  /** Bound of the wait for the new generation to overtake the live one once at the head (default 60 s). */
  readonly switchTimeoutMs?: number;
  /** Give up after this many failed batches in a row, e.g. a projection that throws (default 5). */
  readonly maxFailuresInARow?: number;
  /** Stops the rebuild; the building generation is dropped, the live one stays. */
  readonly signal?: AbortSignal;
  /** Told every `progressEveryMs` (default 5000) while replaying. */
  readonly onProgress?: (progress: RebuildProgress) => void;
  readonly progressEveryMs?: number;
  /** Backoff of the rebuild's runner (default 100 ms doubling up to 5 s). */
  readonly retry?: { readonly initialMs?: number; readonly maxMs?: number };
}

export interface RebuildProgress {
  readonly generation: number;
  readonly checkpoint: GlobalCheckpoint | undefined;
  readonly head: GlobalCheckpoint | undefined;
  readonly eventsApplied: number;
}

export interface RebuildResult {
  readonly generation: number;
  readonly schema: string;
  readonly previous: { readonly generation: number; readonly schema: string };
  /** Where the new generation was when it went live. */
  readonly checkpoint: GlobalCheckpoint | undefined;
  readonly eventsApplied: number;
  readonly droppedSchemas: readonly string[];
  readonly durationMs: number;
}

export class RebuildAlreadyRunningError extends Error {
  constructor() {
    super('Another rebuild of the read models is running on this database schema');
    this.name = 'RebuildAlreadyRunningError';
  }
}

export class RebuildAbortedError extends Error {
  constructor(reason: string) {
    super(`Rebuild of the read models stopped: ${reason}`);
    this.name = 'RebuildAbortedError';
  }
}

const LOCK_NAMESPACE = 4_242_003; // with hashtext(app schema): one rebuild per app schema
const POLL_MS = 50;

/**
 * Rebuilds every read model from the start of the log without stopping reads: fills a new
 * generation with its own runner until it reaches the head (reads still go to the live
 * one, which the worker keeps current), switches it live once it has applied at least as
 * much as the live one (so a reader's position never goes back), hands over, then drops
 * the old generation's schema. On failure or abort the new generation is dropped and the
 * live one is untouched.
 */
export async function rebuildReadModels(options: RebuildReadModelsOptions): Promise<RebuildResult> {
  const started = Date.now();
  const logger = options.logger ?? new Logger('RebuildReadModels');
  const projections = validateProjections(options.projections);
  const generations =
    options.generations ?? new ReadModelGenerations(options.pool, () => projections, { logger });
  const lock = await acquireRebuildLock(options.pool);
  let runner: ProjectionRunner | undefined;
  let building: { generation: number; schema: string } | undefined;
  let switched = false;
  try {
    const previous = await generations.ensureLive();
    const abandoned = await generations.abandonBuilding();
    if (abandoned.length > 0)
      logger.warn({ abandoned }, 'Dropped generations an earlier rebuild left building');
    const target = await generations.createBuilding();
    building = target;
    const head = await options.store.headCheckpoint();
    logger.log(
      { generation: target.generation, schema: target.schema, head: head ?? null },
      'Rebuilding the read models from the start of the log',
    );

    let eventsApplied = 0;
    runner = new ProjectionRunner({
      store: options.store,
      pool: options.pool,
      schema: target.schema,
      projections,
      batchSize: options.batchSize,
      retry: options.retry,
      logger,
      onCommit: (_checkpoint, applied) => (eventsApplied += applied),
    }).start();
    const live = runner;
    const progress = () => ({
      generation: target.generation,
      checkpoint: live.checkpoint,
      head,
      eventsApplied,
    });
    const report =
      options.onProgress ??
      ((p: RebuildProgress) => logger.log({ ...p }, 'Rebuilding the read models: replaying the log'));
    let reportedAt = Date.now();
    const guard = () => {
      if (options.signal?.aborted) throw new RebuildAbortedError('aborted');
      const failures = live.failures;
      if (failures.inARow >= (options.maxFailuresInARow ?? 5)) {
        throw new RebuildAbortedError(
          `${failures.inARow} failed batches in a row, the last: ${failures.latest instanceof Error ? failures.latest.message : String(failures.latest)}`,
        );
      }
      if (Date.now() - reportedAt >= (options.progressEveryMs ?? 5000)) {
        reportedAt = Date.now();
        report(progress());
      }
    };

    // 1. Replay up to the head as it was when the rebuild began.
    await until(async () => isAtOrPast(live.checkpoint, head), guard);
    report(progress());
    // Freshly filled tables have no planner statistics until autovacuum gets to them: without
    // this, an agency's task list read a million-row sort index for seconds after the switch.
    await generations.vacuumAnalyze(target.generation);

    // 2. Overtake the live generation (the worker keeps moving it), then switch in one transaction.
    const deadline = Date.now() + (options.switchTimeoutMs ?? 60_000);
    await until(async () => {
      if (Date.now() > deadline) {
        throw new RebuildAbortedError('the new generation did not catch up with the live one in time');
      }
      return generations.switchTo(target.generation, { ifCaughtUp: true });
    }, guard);
    switched = true;
    const checkpoint = live.checkpoint;
    logger.log(
      { generation: target.generation, previous: previous.generation, checkpoint: checkpoint ?? null },
      'Rebuilt read models are live',
    );

    // 3. Hand over to the worker, then drop the old generation once nobody reads it.
    await delay(options.handoverMs ?? 2000);
    await runner.stop();
    runner = undefined;
    let droppedSchemas: string[] = [];
    if (options.dropOld ?? true) {
      await delay(options.dropGraceMs ?? 5000);
      droppedSchemas = await generations.dropRetired();
    }
    return {
      generation: target.generation,
      schema: target.schema,
      previous: { generation: previous.generation, schema: previous.schema },
      checkpoint,
      eventsApplied,
      droppedSchemas,
      durationMs: Date.now() - started,
    };
  } catch (error) {
    await runner?.stop();
    if (building && !switched) {
      await generations
        .abandonBuilding(building.generation)
        .catch((dropError: unknown) =>
          logger.error({ err: dropError }, 'Could not drop the generation of the failed rebuild'),
        );
    }
    throw error;
  } finally {
    await releaseRebuildLock(lock);
  }
}

type CheckedOut = Awaited<ReturnType<typeof checkOut>>;

/** A session lock held on a connection of its own for the whole rebuild. */
async function acquireRebuildLock(pool: Pool): Promise<CheckedOut> {
  const lock = await checkOut(pool);
  try {
    const { rows } = await lock.client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1, hashtext(current_schema())) AS locked',
      [LOCK_NAMESPACE],
    );
    if (!rows[0]?.locked) throw new RebuildAlreadyRunningError();
    return lock;
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function releaseRebuildLock(lock: CheckedOut): Promise<void> {
  const broken = await lock.client
    .query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', [LOCK_NAMESPACE])
    .then(
      () => false,
      () => true,
    );
  lock.release(broken);
}

async function until(condition: () => Promise<boolean>, guard: () => void): Promise<void> {
  for (;;) {
    guard();
    if (await condition()) return;
    await delay(POLL_MS);
  }
}

function delay(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
