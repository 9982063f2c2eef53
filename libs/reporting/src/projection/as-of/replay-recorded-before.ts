import type { Pool } from 'pg';
import type { EventStore, GlobalCheckpoint } from '@giaoviec/event-store';
import {
  applyToProjections,
  compareAndSetCheckpoint,
  inTransaction,
  projectionHandles,
} from '../generation-sql';
import type { Projection } from '../projection';

export interface ReplayRecordedBeforeOptions {
  readonly store: EventStore;
  readonly pool: Pool;
  /** A schema holding the projections' empty tables and a checkpoint (createGenerationTables). */
  readonly schema: string;
  readonly projections: readonly Projection[];
  /** Every event of the log up to the first one recorded at or after this instant is applied. */
  readonly recordedBefore: Date;
  /** Events per read and per transaction (default 1000). */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
}

export interface ReplayResult {
  /** The last event applied; undefined when nothing had been recorded before the instant. */
  readonly checkpoint: GlobalCheckpoint | undefined;
  readonly eventsApplied: number;
}

const DEFAULT_BATCH_SIZE = 1000;

/**
 * Replays the log from its start into `schema`, stopping at the first event recorded at or
 * after `recordedBefore`: the longest prefix of the log recorded before it. A prefix, not a
 * filter on the time, so the rows are always those of a position in the log that readers
 * once saw (two writers' times may interleave around midnight by a few milliseconds).
 * Reads through the event-store port, so every adapter gives its own recorded time.
 */
export async function replayRecordedBefore(options: ReplayRecordedBeforeOptions): Promise<ReplayResult> {
  const handles = projectionHandles(options.projections);
  const eventTypes = [...new Set(options.projections.flatMap((projection) => projection.eventTypes))];
  const cutoff = options.recordedBefore.getTime();
  let checkpoint: GlobalCheckpoint | undefined;
  let after: GlobalCheckpoint | undefined;
  let eventsApplied = 0;
  for (;;) {
    if (options.signal?.aborted) throw new Error('The replay of the log was stopped');
    const page = await options.store.readAll({
      after,
      maxCount: options.batchSize ?? DEFAULT_BATCH_SIZE,
      filter: { eventTypes },
    });
    const firstLater = page.events.findIndex((event) => event.recordedAt.getTime() >= cutoff);
    const events = firstLater === -1 ? page.events : page.events.slice(0, firstLater);
    if (events.length > 0) {
      const next = events[events.length - 1].checkpoint;
      await inTransaction(options.pool, async (client) => {
        if (!(await compareAndSetCheckpoint(client, options.schema, checkpoint, next))) {
          throw new Error(`Someone else moved the checkpoint of ${options.schema} during its replay`);
        }
        await applyToProjections(handles, events, client, options.schema);
      });
      checkpoint = next;
      eventsApplied += events.length;
    }
    if (firstLater !== -1 || page.events.length === 0 || page.nextCheckpoint === undefined) break;
    after = page.nextCheckpoint;
  }
  return { checkpoint, eventsApplied };
}
