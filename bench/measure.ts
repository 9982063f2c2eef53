/** Timing helpers shared by the benchmarks: closed-loop workers over a fixed duration. */

export interface LoadResult {
  readonly operations: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

export function percentile(sortedMs: readonly number[], fraction: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil(fraction * sortedMs.length) - 1));
  return sortedMs[index];
}

/**
 * Runs `concurrency` workers, each calling `operation` back to back until `durationMs`
 * has passed, and counts the operations (each worth `weight` units) that succeeded.
 */
export async function runClosedLoop(options: {
  concurrency: number;
  durationMs: number;
  operation: (worker: number, iteration: number) => Promise<void>;
  weight?: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async (index: number): Promise<void> => {
    for (let iteration = 0; performance.now() < deadline; iteration++) {
      const before = performance.now();
      try {
        await options.operation(index, iteration);
        latencies.push(performance.now() - before);
      } catch (error: unknown) {
        errors++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, index) => worker(index)));
  const seconds = (performance.now() - started) / 1000;
  if (errors > 0 && latencies.length === 0) throw firstError;
  if (errors > 0) process.stderr.write(`  (${errors} failed operations, first: ${String(firstError)})\n`);
  latencies.sort((a, b) => a - b);
  const operations = latencies.length * (options.weight ?? 1);
  return {
    operations,
    seconds,
    perSecond: operations / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    errors,
  };
}
