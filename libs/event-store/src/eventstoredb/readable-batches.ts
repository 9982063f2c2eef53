import type { Subscription } from '../event-store.port';
import { WakeSignal } from '../shared/wake-signal';

/** The part of an object-mode Readable this needs (a subscription of the client is one). */
export interface PullableSource {
  read(): unknown;
  on(event: 'readable' | 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  readonly destroyed: boolean;
}

export interface ReadableBatchesOptions<Item, Out> {
  readonly batchSize: number;
  /** Maps an item of the stream to what the handler gets, or undefined to skip it. */
  readonly accept: (item: Item) => Out | undefined;
  readonly deliver: (batch: Out[]) => Promise<void>;
  /** Releases the source (unsubscribes); called once, however the consumption ends. */
  readonly close: () => Promise<void>;
}

/**
 * Consumes an object-mode stream (a catch-up subscription) in batches: takes whatever is
 * buffered, up to batchSize, and hands it over, reading nothing more until the handler is
 * done, so the server is held back by the stream's own backpressure.
 */
export function consumeInBatches<Item, Out>(
  source: PullableSource,
  options: ReadableBatchesOptions<Item, Out>,
): Subscription {
  const { batchSize } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const stopping = new AbortController();
  const changed = new WakeSignal();
  let failure: Error | undefined;
  let ended = false;
  source.on('readable', () => changed.notify());
  source.on('error', (error: Error) => {
    failure ??= error;
    changed.notify();
  });
  source.on('end', () => {
    ended = true;
    changed.notify();
  });

  const run = async (): Promise<void> => {
    try {
      while (!stopping.signal.aborted) {
        const seen = changed.current;
        const batch: Out[] = [];
        for (
          let item: Item | null;
          batch.length < batchSize && (item = source.read() as Item | null) !== null;
        ) {
          const accepted = options.accept(item);
          if (accepted !== undefined) batch.push(accepted);
        }
        if (stopping.signal.aborted) return;
        if (batch.length > 0) {
          await options.deliver(batch);
          continue;
        }
        if (failure) throw failure;
        if (ended || source.destroyed) throw new Error('The subscription was closed by the server');
        await changed.wait(seen, Infinity, stopping.signal);
      }
    } finally {
      await options.close();
    }
  };

  const done = run();
  done.catch(() => undefined); // rejects for whoever awaits it; nobody else must crash
  return {
    done,
    async stop() {
      stopping.abort();
      await done.catch(() => undefined);
    },
  };
}
