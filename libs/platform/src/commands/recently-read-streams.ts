import type { RecordedEvent } from '@giaoviec/event-store';

export interface ReadStream {
  readonly version: number;
  readonly events: RecordedEvent[];
}

const DEFAULT_MAX_STREAMS = 1_000;
const DEFAULT_MAX_AGE_MS = 5_000;

/**
 * Streams this process has just read, each kept for one command to decide on. A command is
 * usually preceded, in the same request, by a read of the very stream it writes (the policy
 * asks who owns the task), so the decision need not read it again: one round trip fewer.
 *
 * Never trusted beyond the append: the executor appends at the version it decided on, so a
 * stream another writer moved meanwhile is refused by the store and decided again from a
 * fresh read. An entry serves one command only (`take` removes it) and ages out quickly, so
 * the window for such a retry stays small; the map is bounded, oldest first.
 */
export class RecentlyReadStreams {
  private readonly entries = new Map<string, { stream: ReadStream; readAt: number }>();

  constructor(
    private readonly maxStreams = DEFAULT_MAX_STREAMS,
    private readonly maxAgeMs = DEFAULT_MAX_AGE_MS,
    private readonly nowMs: () => number = Date.now,
  ) {}

  remember(streamId: string, stream: ReadStream): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, { stream, readAt: this.nowMs() });
    while (this.entries.size > this.maxStreams) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** The stream as last read, if read within the age limit; removed either way. */
  take(streamId: string): ReadStream | undefined {
    const entry = this.entries.get(streamId);
    if (entry === undefined) return undefined;
    this.entries.delete(streamId);
    return this.nowMs() - entry.readAt <= this.maxAgeMs ? entry.stream : undefined;
  }

  /** A write moved the stream on: what was read before it is no use to the next command. */
  forget(streamId: string): void {
    this.entries.delete(streamId);
  }
}
