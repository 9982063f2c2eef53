import type { Pool } from 'pg';
import type { EventStore, GlobalCheckpoint } from '@giaoviec/event-store';
import type { Clock } from '@giaoviec/kernel';
import { readGenerationCheckpoint } from './generation-sql';
import type { ReadModelGenerations } from './read-model-generations';

export interface ProjectionLagReport {
  readonly generation: number;
  readonly schema: string;
  /** Where the live read models are (null: nothing applied yet). */
  readonly checkpoint: GlobalCheckpoint | null;
  /** The newest event a subscriber may read now (null: empty log). */
  readonly headCheckpoint: GlobalCheckpoint | null;
  /** Events of the log after the checkpoint, counted up to `eventsBehindCap`. */
  readonly eventsBehind: number;
  /** True when there are at least that many (the count stopped at the cap). */
  readonly eventsBehindCapped: boolean;
  /** How long the oldest event not yet applied has been waiting (0 when caught up). */
  readonly lagSeconds: number;
  readonly oldestUnappliedRecordedAt: string | null;
}

export interface ProjectionLagOptions {
  /** Stop counting there (default 10,000): the count reads the events. */
  readonly eventsBehindCap?: number;
}

const PAGE = 1000;

/** How far the live read models are behind the log: for /health and /metrics. */
export class ProjectionLag {
  private readonly cap: number;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly generations: ReadModelGenerations,
    private readonly clock: Clock,
    options: ProjectionLagOptions = {},
  ) {
    this.cap = options.eventsBehindCap ?? 10_000;
  }

  async measure(): Promise<ProjectionLagReport> {
    const live = await this.generations.liveCached();
    const checkpoint = await readGenerationCheckpoint(this.pool, live.schema);
    const head = await this.store.headCheckpoint();
    let eventsBehind = 0;
    let oldest: Date | undefined;
    for (let after = checkpoint; eventsBehind < this.cap;) {
      const page = await this.store.readAll({ after, maxCount: Math.min(PAGE, this.cap - eventsBehind) });
      if (page.events.length === 0) break;
      oldest ??= page.events[0].recordedAt;
      eventsBehind += page.events.length;
      after = page.nextCheckpoint;
    }
    const lagMs = oldest ? Math.max(0, this.clock.now().getTime() - oldest.getTime()) : 0;
    return {
      generation: live.generation,
      schema: live.schema,
      checkpoint: checkpoint ?? null,
      headCheckpoint: head ?? null,
      eventsBehind,
      eventsBehindCapped: eventsBehind >= this.cap,
      lagSeconds: lagMs / 1000,
      oldestUnappliedRecordedAt: oldest?.toISOString() ?? null,
    };
  }
}

export interface ProjectionHealthOptions {
  /** Down once the oldest unapplied event waits longer than this (default: never down for lag). */
  readonly maxLagSeconds?: number;
}

/**
 * A check for /health: resolves with the lag figures, throws (down) when the read models
 * cannot be reached or lag more than `maxLagSeconds`. Fits HealthController's probe().
 */
export function projectionHealthCheck(
  lag: ProjectionLag,
  options: ProjectionHealthOptions = {},
): () => Promise<Record<string, unknown>> {
  return async () => {
    const report = await lag.measure();
    if (options.maxLagSeconds !== undefined && report.lagSeconds > options.maxLagSeconds) {
      throw new Error(
        `Read models ${report.eventsBehind}${report.eventsBehindCapped ? '+' : ''} event(s) and ${Math.round(report.lagSeconds)} s behind (limit ${options.maxLagSeconds} s)`,
      );
    }
    return { ...report };
  };
}
