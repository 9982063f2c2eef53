import type { EventStore, GlobalCheckpoint, RecordedEvent } from '@giaoviec/event-store';

export interface LogPrefixOptions {
  readonly store: EventStore;
  /** Exclusive: start after this event (the checkpoint of an earlier day); omitted: from the start. */
  readonly after?: GlobalCheckpoint;
  /** The prefix ends at the first event recorded at or after this instant. */
  readonly recordedBefore: Date;
  readonly eventTypes: readonly string[];
  /** Events per read (default 1000). */
  readonly batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 1000;

/**
 * The log from `after` up to the first event recorded at or after `recordedBefore`, page by
 * page (never an empty page). A prefix, not a filter on the time, so the rows built from it
 * are always those of a position in the log that readers once saw (two writers' times may
 * interleave around midnight by a few milliseconds). Read through the event-store port, so
 * every adapter gives its own recorded time.
 */
export async function* logPrefix(options: LogPrefixOptions): AsyncGenerator<readonly RecordedEvent[]> {
  const cutoff = options.recordedBefore.getTime();
  let after = options.after;
  for (;;) {
    const page = await options.store.readAll({
      after,
      maxCount: options.batchSize ?? DEFAULT_BATCH_SIZE,
      filter: { eventTypes: options.eventTypes },
    });
    const firstLater = page.events.findIndex((event) => event.recordedAt.getTime() >= cutoff);
    const events = firstLater === -1 ? page.events : page.events.slice(0, firstLater);
    if (events.length > 0) yield events;
    if (firstLater !== -1 || page.events.length === 0 || page.nextCheckpoint === undefined) return;
    after = page.nextCheckpoint;
  }
}

/**
 * How many events of the prefix there are, counted up to `cap` (then `cap`): what a build
 * would replay, read without applying anything, stopped early for a long one.
 */
export async function countLogPrefix(options: LogPrefixOptions & { readonly cap: number }): Promise<number> {
  let counted = 0;
  for await (const events of logPrefix({ ...options, batchSize: Math.min(options.cap + 1, 5000) })) {
    counted += events.length;
    if (counted >= options.cap) return options.cap;
  }
  return counted;
}
