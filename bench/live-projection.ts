import type { Pool } from 'pg';
import type { EventStore } from '@giaoviec/event-store';
import {
  isAtOrPast,
  ProjectionRunner,
  ReadModelGenerations,
  readModelProjections,
} from '@giaoviec/reporting';
import { QUIET_ENGINE_LOGGER } from './projection-catch-up';
import { ProjectionLagProbe } from './projection-lag-probe';

/**
 * What the worker's projector does, in the benchmark's process: one runner keeping the live
 * read-model generation current, with the lag probe riding along.
 */
export class LiveProjection {
  private constructor(
    private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly probe: ProjectionLagProbe,
  ) {}

  static async start(store: EventStore, pool: Pool): Promise<LiveProjection> {
    const projections = readModelProjections();
    const live = await new ReadModelGenerations(pool, () => projections, {
      logger: QUIET_ENGINE_LOGGER,
    }).ensureLive();
    const probe = new ProjectionLagProbe([...new Set(projections.flatMap((p) => p.eventTypes))]);
    const runner = new ProjectionRunner({
      store,
      pool,
      schema: live.schema,
      projections: [...projections, probe],
      logger: QUIET_ENGINE_LOGGER,
      onCommit: () => probe.committed(),
      onError: () => probe.rolledBack(),
    }).start();
    return new LiveProjection(store, runner, probe);
  }

  /** Resolves, with the seconds it waited, once the read models have applied everything appended so far. */
  async caughtUp(timeoutMs: number): Promise<number> {
    const head = await this.store.headCheckpoint();
    const started = performance.now();
    while (!isAtOrPast(this.runner.checkpoint, head)) {
      if (performance.now() - started > timeoutMs) {
        throw new Error(`the read models did not catch up with the log within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return (performance.now() - started) / 1000;
  }

  /** Lags (ms, sorted) of the events applied since the last call. */
  takeLags(): number[] {
    return this.probe.takeLags();
  }

  stop(): Promise<void> {
    return this.runner.stop();
  }
}
