import { systemClock, type Clock } from '@giaoviec/kernel';
import { WrongExpectedVersionError } from '../event-store.errors';
import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  GlobalCheckpoint,
  NewEvent,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamResult,
  RecordedEvent,
  Subscription,
  SubscribeToAllOptions,
  SubscriptionHandler,
} from '../event-store.port';
import { matchesFilter } from '../shared/matches-filter';
import { startPollingSubscription } from '../shared/polling-subscription';
import { classifyRepeatedAppend } from '../shared/repeated-append';
import { validateNewEvents } from '../shared/validate-new-events';
import { WakeSignal } from '../shared/wake-signal';
import { decodeInMemoryCheckpoint, encodeInMemoryCheckpoint } from './in-memory-checkpoint';

/**
 * The port's semantics in process memory, for unit tests only: nothing survives the
 * process. Every append is checked and applied synchronously, so concurrent callers
 * interleave exactly as they would against a serialising database.
 */
export class InMemoryEventStore implements EventStore {
  readonly adapterName = 'in-memory';
  /** log[i] sits at position i + 1. */
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byEventId = new Map<string, RecordedEvent>();
  private readonly appended = new WakeSignal();
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly clock: Clock = systemClock) {}

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    const ids = validateNewEvents(streamId, events);
    if (expectedVersion !== 'any' && (!Number.isInteger(expectedVersion) || expectedVersion < 0)) {
      throw new RangeError(`Expected version must be 'any' or a whole number >= 0, got ${expectedVersion}`);
    }
    const stored = ids.flatMap((id) => this.byEventId.get(id) ?? []);
    const repeated = classifyRepeatedAppend(streamId, ids, stored);
    if (repeated.kind === 'repeat')
      return { nextVersion: repeated.last.streamVersion, checkpoint: repeated.last.checkpoint };

    const stream = this.streams.get(streamId) ?? [];
    if (expectedVersion !== 'any' && expectedVersion !== stream.length) {
      throw new WrongExpectedVersionError(streamId, expectedVersion, stream.length);
    }
    const recordedAt = this.clock.now();
    const recorded = events.map((event, index): RecordedEvent => {
      const position = this.log.length + index + 1;
      return {
        eventId: ids[index],
        type: event.type,
        data: jsonCopy(event.data),
        metadata: jsonCopy(event.metadata),
        streamId,
        streamVersion: stream.length + index + 1,
        checkpoint: encodeInMemoryCheckpoint(position),
        recordedAt,
      };
    });
    this.log.push(...recorded);
    this.streams.set(streamId, [...stream, ...recorded]);
    recorded.forEach((event) => this.byEventId.set(event.eventId, event));
    this.appended.notify();
    const last = recorded[recorded.length - 1];
    return { nextVersion: last.streamVersion, checkpoint: last.checkpoint };
  }

  async readStream(streamId: string): Promise<ReadStreamResult> {
    const events = this.streams.get(streamId) ?? [];
    return { version: events.length, events: events.map(copyOf) };
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const { after, filter } = options;
    const maxCount = options.maxCount ?? Infinity;
    if (maxCount === 0) return { events: [], nextCheckpoint: after };
    const start = after === undefined ? 0 : decodeInMemoryCheckpoint(after);
    const events: RecordedEvent[] = [];
    for (let index = start; index < this.log.length && events.length < maxCount; index++) {
      const event = this.log[index];
      if (matchesFilter(filter, event.streamId, event.type)) events.push(copyOf(event));
    }
    // A short page means everything up to the head was looked at, matching or not.
    const nextCheckpoint =
      events.length >= maxCount
        ? events[events.length - 1].checkpoint
        : this.log.length > start
          ? this.head()
          : after;
    return { events, nextCheckpoint };
  }

  subscribeToAll(options: SubscribeToAllOptions, handler: SubscriptionHandler): Subscription {
    const subscription = startPollingSubscription(
      {
        after: options.after,
        batchSize: options.batchSize,
        read: (after, maxCount) => this.readAll({ after, maxCount, filter: options.filter }),
        wake: this.appended,
        pollIntervalMs: Infinity,
        onEnd: () => this.subscriptions.delete(subscription),
      },
      handler,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headCheckpoint(): Promise<GlobalCheckpoint | undefined> {
    return this.log.length === 0 ? undefined : this.head();
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
  }

  private head(): GlobalCheckpoint {
    return encodeInMemoryCheckpoint(this.log.length);
  }
}

/** What PostgreSQL and EventStoreDB do to data: a JSON round trip. */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Readers get their own copy, so no caller can change what the store holds. */
function copyOf(event: RecordedEvent): RecordedEvent {
  return {
    ...event,
    data: structuredClone(event.data),
    metadata: structuredClone(event.metadata),
    recordedAt: new Date(event.recordedAt),
  };
}
