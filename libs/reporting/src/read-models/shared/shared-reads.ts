import type { GlobalCheckpoint } from '@giaoviec/event-store';
import { isAtOrPast } from '../../projection/generation-sql';

interface InFlight<Result> {
  /** The read models' position when the computation began: its rows reflect at least this. */
  readonly position: GlobalCheckpoint | undefined;
  readonly result: Promise<Result>;
}

/**
 * One computation for many identical requests: a request whose key is being computed
 * already waits for that answer instead of counting a million tasks again, as long as the
 * computation began at or past the position the read models have now (so the answer
 * reflects every event the request could have been promised, read-your-writes included).
 * Nothing is kept once a computation ends: the next request computes afresh.
 */
export class SharedReads<Result> {
  private readonly inFlight = new Map<string, Array<InFlight<Result>>>();

  /** `position`: the read models' position now, read by the caller just before. */
  run(key: string, position: GlobalCheckpoint | undefined, compute: () => Promise<Result>): Promise<Result> {
    const running = this.inFlight.get(key) ?? [];
    const joinable = running.find((entry) => isAtOrPast(entry.position, position));
    if (joinable) return joinable.result;
    const entry: InFlight<Result> = {
      position,
      result: compute().finally(() => {
        const remaining = (this.inFlight.get(key) ?? []).filter((other) => other !== entry);
        if (remaining.length === 0) this.inFlight.delete(key);
        else this.inFlight.set(key, remaining);
      }),
    };
    this.inFlight.set(key, [...running, entry]);
    return entry.result;
  }

  /** Computations running now, for tests and metrics. */
  get running(): number {
    let count = 0;
    for (const entries of this.inFlight.values()) count += entries.length;
    return count;
  }
}
