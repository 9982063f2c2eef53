import { percentile } from './measure';

/** How late things ran after the instant they were due: the spread of a burst. */
export interface Lateness {
  readonly count: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** How many ran per second, from the due instant until the last one ran. */
  readonly perSecond: number;
}

/** `latenessMs[i]`: when the i-th thing started minus when it was due (all due at one instant). */
export function summariseLateness(latenessMs: ArrayLike<number>): Lateness {
  const sorted = Float64Array.from(latenessMs).sort();
  const maxMs = sorted.length > 0 ? sorted[sorted.length - 1] : Number.NaN;
  return {
    count: sorted.length,
    p50Ms: percentile(Array.from(sorted), 0.5),
    p99Ms: percentile(Array.from(sorted), 0.99),
    maxMs,
    perSecond: sorted.length / (Math.max(maxMs, 1) / 1000),
  };
}

/**
 * The floor of "doing something at a time" in this process: `count` Node timers set for the
 * same instant, `leadMs` ahead, each recording its own lateness and nothing else.
 */
export function timerLateness(count: number, leadMs: number): Promise<Float64Array> {
  const latenessMs = new Float64Array(count);
  const dueAtMs = Date.now() + leadMs;
  let fired = 0;
  return new Promise((resolve) => {
    for (let index = 0; index < count; index++) {
      setTimeout(
        () => {
          latenessMs[index] = Date.now() - dueAtMs;
          if (++fired === count) resolve(latenessMs);
        },
        Math.max(0, dueAtMs - Date.now()),
      );
    }
  });
}
