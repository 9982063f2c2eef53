import type { EventMetadata } from './event-metadata';

/**
 * The one port every adapter (PostgreSQL, EventStoreDB, in-memory) implements and the
 * contract suite in ./testing checks.
 *
 * Versions count events: a stream holding three events is at version 3, a stream that
 * does not exist is at version 0. HTTP clients see the same number in ETag / If-Match.
 */
export type StreamVersion = number;

/** `'any'` skips the check; a number demands that the stream is exactly at that version (0: must not exist). */
export type ExpectedVersion = StreamVersion | 'any';

/**
 * An opaque, totally ordered position in the global log. Adapters encode their own
 * position inside it; callers only store it and hand it back. Every adapter writes it
 * zero-padded to a fixed width, so comparing two checkpoints of one store as strings
 * (`a < b`) follows the log's order: enough to tell whether a reader has caught up.
 */
export type GlobalCheckpoint = string;

export interface NewEvent<Data extends object = object> {
  /** Re-appending an event id the stream already holds is a no-op, never a duplicate. */
  readonly eventId: string;
  readonly type: string;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Data extends object = object> {
  readonly eventId: string;
  readonly type: string;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly streamId: string;
  /** 1-based position in its stream: the stream's version once this event was appended. */
  readonly streamVersion: StreamVersion;
  readonly checkpoint: GlobalCheckpoint;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** The stream's version after the append. */
  readonly nextVersion: StreamVersion;
  /** Position of the last event of this append (or of the already-stored events on an idempotent retry). */
  readonly checkpoint: GlobalCheckpoint;
}

export interface ReadStreamResult {
  /** 0 when the stream does not exist. */
  readonly version: StreamVersion;
  readonly events: RecordedEvent[];
}

export interface GlobalLogFilter {
  /** Only streams whose id starts with one of these, e.g. `task-`. */
  readonly streamPrefixes?: readonly string[];
  /** Only these event types. */
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this checkpoint. Omitted: from the start. */
  readonly after?: GlobalCheckpoint;
  readonly maxCount?: number;
  readonly filter?: GlobalLogFilter;
}

export interface ReadAllResult {
  readonly events: RecordedEvent[];
  /**
   * Where the next read should resume. It may move past `events` when the adapter
   * skipped filtered-out events, so a caller persists this, not the last event's checkpoint.
   */
  readonly nextCheckpoint: GlobalCheckpoint | undefined;
}

export interface SubscribeToAllOptions {
  readonly after?: GlobalCheckpoint;
  readonly filter?: GlobalLogFilter;
  /** Events handed over per call of the handler while catching up. */
  readonly batchSize?: number;
}

/**
 * Receives events in global order; the subscription waits for the returned promise
 * before handing over more, so a handler that stores its checkpoint in the same
 * transaction as its effects resumes exactly where it left off. It is called only with
 * at least one event; `nextCheckpoint` may lie past the last one when filtered-out
 * events followed it.
 */
export type SubscriptionHandler = (
  events: RecordedEvent[],
  nextCheckpoint: GlobalCheckpoint,
) => Promise<void>;

export interface Subscription {
  /** Resolves when the subscription has stopped and no handler call is running. */
  stop(): Promise<void>;
  /** Rejects if the subscription dies on an error of the store or of the handler. */
  readonly done: Promise<void>;
}

export interface EventStore {
  readonly adapterName: string;
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult>;
  readStream(streamId: string): Promise<ReadStreamResult>;
  readAll(options?: ReadAllOptions): Promise<ReadAllResult>;
  subscribeToAll(options: SubscribeToAllOptions, handler: SubscriptionHandler): Subscription;
  /** The checkpoint of the newest event a subscriber may read now (undefined for an empty log). */
  headCheckpoint(): Promise<GlobalCheckpoint | undefined>;
  /** Throws when the store cannot be reached; used by /health. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The DI token under which the configured adapter is provided. */
export const EVENT_STORE = Symbol('EVENT_STORE');
