import type { GlobalCheckpoint, ReadAllResult, Subscription, SubscriptionHandler } from '../event-store.port';
import { WakeSignal } from './wake-signal';

export const DEFAULT_BATCH_SIZE = 500;

export interface PollingSubscriptionOptions {
  readonly after?: GlobalCheckpoint;
  readonly batchSize?: number;
  /** Reads the next page of the (filtered) global log; must return fewer than `maxCount` events only when it has handed over everything readable now. */
  readonly read: (after: GlobalCheckpoint | undefined, maxCount: number) => Promise<ReadAllResult>;
  readonly wake: WakeSignal;
  /** How long to wait for a wake-up before reading anyway (Infinity: only wake-ups). */
  readonly pollIntervalMs: number;
  /** Acquires what wake-ups need (a LISTEN connection); the returned function releases it. */
  readonly open?: () => Promise<() => Promise<void>>;
  /** Called before each wait, e.g. to re-establish a lost LISTEN connection. */
  readonly beforeWait?: () => Promise<void>;
  /** Told when the subscription has ended, however it ended. */
  readonly onEnd?: () => void;
}

/**
 * Reads the log page by page from a checkpoint and hands each non-empty page to the
 * handler, awaiting it before reading on. Pages come back to back while catching up;
 * once a page is short it waits for a wake-up or the poll interval.
 */
export function startPollingSubscription(
  options: PollingSubscriptionOptions,
  handler: SubscriptionHandler,
): Subscription {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const stopping = new AbortController();

  const run = async (): Promise<void> => {
    const release = options.open ? await options.open() : undefined;
    try {
      let after = options.after;
      while (!stopping.signal.aborted) {
        const seen = options.wake.current;
        const { events, nextCheckpoint } = await options.read(after, batchSize);
        if (stopping.signal.aborted) return;
        if (events.length > 0 && nextCheckpoint !== undefined) await handler(events, nextCheckpoint);
        after = nextCheckpoint ?? after;
        if (events.length < batchSize) {
          await options.beforeWait?.();
          await options.wake.wait(seen, options.pollIntervalMs, stopping.signal);
        }
      }
    } finally {
      await release?.();
    }
  };

  const done = run().finally(() => options.onEnd?.());
  // Whoever never looks at `done` must not crash the process with an unhandled rejection.
  done.catch(() => undefined);
  return {
    done,
    async stop() {
      stopping.abort();
      await done.catch(() => undefined);
    },
  };
}
