import type { RecordedEvent } from '@giaoviec/event-store';
import type { Projection } from '@giaoviec/reporting';

/**
 * Rides along with the real projections in one runner and measures, for every event they
 * apply, the time from its append (the store's recorded time) to the commit that made it
 * visible in the read models: the lag a reader of the dashboards sees.
 */
export class ProjectionLagProbe implements Projection {
  readonly name = 'bench-lag-probe';
  private pending: number[] = [];
  private lags: number[] = [];

  constructor(readonly eventTypes: readonly string[]) {}

  createTables(): readonly string[] {
    return [];
  }

  async apply(events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) this.pending.push(event.recordedAt.getTime());
  }

  /** The runner's onCommit: the batch applied so far is visible now. */
  committed(): void {
    const now = Date.now();
    for (const recordedAt of this.pending) this.lags.push(now - recordedAt);
    this.pending = [];
  }

  /** The runner's onError: the batch was rolled back and will be applied again. */
  rolledBack(): void {
    this.pending = [];
  }

  /** The lags measured since the last call, sorted, in milliseconds. */
  takeLags(): number[] {
    const lags = this.lags.sort((a, b) => a - b);
    this.lags = [];
    return lags;
  }
}
