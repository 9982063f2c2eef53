import type { DefaultJobOptions } from 'bullmq';

/** What every reminder job carries: its retries, and how long a finished one keeps its id. */
export function reminderJobOptions(
  options: { attempts?: number; backoffMs?: number } = {},
): DefaultJobOptions {
  return {
    attempts: options.attempts ?? 5,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 30_000 },
    // Kept a while: a finished id stays taken, so a replay or reconciliation does not re-add it.
    removeOnComplete: { age: 45 * 86_400 },
    removeOnFail: { age: 90 * 86_400 },
  };
}
