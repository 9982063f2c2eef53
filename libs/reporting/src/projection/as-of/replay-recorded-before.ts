import type { Pool } from 'pg';
import type { EventStore, GlobalCheckpoint } from '@giaoviec/event-store';
import {
  applyToProjections,
  compareAndSetCheckpoint,
  inTransaction,
  projectionHandles,
} from '../generation-sql';
import type { Projection } from '../projection';
import { logPrefix } from './log-prefix';

export interface ReplayRecordedBeforeOptions {
  readonly store: EventStore;
  readonly pool: Pool;
  /**
   * A schema holding the projections' tables and a checkpoint at `after`: empty ones
   * (createGenerationTables), or a copy of an earlier day's.
   */
  readonly schema: string;
  readonly projections: readonly Projection[];
  /** Where the schema's rows stand already (an earlier day's last event); omitted: empty, from the start. */
  readonly after?: GlobalCheckpoint;
  /** Every event of the log up to the first one recorded at or after this instant is applied. */
  readonly recordedBefore: Date;
  /** Events per read and per transaction (default 1000). */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
}

export interface ReplayResult {
  /** The last event applied; `after` when nothing more had been recorded before the instant. */
  readonly checkpoint: GlobalCheckpoint | undefined;
  readonly eventsApplied: number;
}

/**
 * Replays the log after `after` into `schema`, stopping at the first event recorded at or
 * after `recordedBefore` (logPrefix): the longest prefix of the log recorded before it.
 */
export async function replayRecordedBefore(options: ReplayRecordedBeforeOptions): Promise<ReplayResult> {
  const handles = projectionHandles(options.projections);
  const eventTypes = [...new Set(options.projections.flatMap((projection) => projection.eventTypes))];
  let checkpoint = options.after;
  let eventsApplied = 0;
  for await (const events of logPrefix({ ...options, eventTypes })) {
    if (options.signal?.aborted) throw new Error('The replay of the log was stopped');
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
  return { checkpoint, eventsApplied };
}
