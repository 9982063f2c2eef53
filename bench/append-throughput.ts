import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '@giaoviec/event-store';
import { runClosedLoop, type LoadResult } from './measure';

const METADATA = {
  actor: { userId: 'u-taichinh', agencyId: 'so-tai-chinh', role: 'officer' },
  schemaVersion: 1,
} as const;

function newEvents(count: number): NewEvent[] {
  const correlationId = randomUUID();
  const occurredAt = new Date().toISOString();
  return Array.from({ length: count }, (_, index) => ({
    eventId: randomUUID(),
    type: 'ProgressReported',
    data: { reportId: `r-${index}`, summary: 'Đã lập dự toán', percentComplete: 50 },
    metadata: {
      ...METADATA,
      correlationId,
      causationId: correlationId,
      commandId: correlationId,
      occurredAt,
    },
  })) as NewEvent[];
}

/**
 * Appends batches of `batchSize` events from one writer, with the exact expected
 * version each time, starting a new stream every 100 events; counts events per second.
 */
export async function appendThroughput(
  store: EventStore,
  label: string,
  batchSize: number,
  durationMs: number,
): Promise<LoadResult> {
  const eventsPerStream = Math.max(100, batchSize);
  let stream = 0;
  let version = 0;
  return runClosedLoop({
    concurrency: 1,
    durationMs,
    weight: batchSize,
    operation: async () => {
      if (version + batchSize > eventsPerStream) {
        stream++;
        version = 0;
      }
      const result = await store.appendToStream(`bench-${label}-${stream}`, newEvents(batchSize), version);
      version = result.nextVersion;
    },
  });
}
