import type { GlobalCheckpoint, StreamVersion } from '@giaoviec/event-store';

/** What a command answers: where it wrote, so a client can send If-Match next and wait for read models. */
export interface StreamWriteResult {
  readonly streamId: string;
  /** The stream's version after the command (unchanged if it decided nothing). */
  readonly version: StreamVersion;
  /** The global position of its last event; read models that reached it reflect the command. */
  readonly position: GlobalCheckpoint | null;
  readonly events: ReadonlyArray<{ readonly eventId: string; readonly type: string }>;
  /** True when this is a repeat of a command the stream already holds. */
  readonly replayed: boolean;
}
