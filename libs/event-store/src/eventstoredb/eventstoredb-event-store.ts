import {
  BACKWARDS,
  END,
  ErrorType,
  EventStoreDBClient,
  FORWARDS,
  isCommandError,
  jsonEvent,
  START,
  type AllStreamResolvedEvent,
  type AppendResult as EsdbAppendResult,
  type Position,
  type ReadPosition,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import { WrongExpectedVersionError } from '../event-store.errors';
import type { EventMetadata } from '../event-metadata';
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
import { DEFAULT_BATCH_SIZE } from '../shared/polling-subscription';
import { classifyRepeatedAppend } from '../shared/repeated-append';
import { validateNewEvents } from '../shared/validate-new-events';
import {
  compareEsdbPositions,
  decodeEsdbCheckpoint,
  encodeEsdbCheckpoint,
  isSystemEvent,
  serverFilterOf,
  toExpectedRevision,
  versionOfRevision,
} from './eventstoredb-mapping';
import { consumeInBatches } from './readable-batches';

export interface EventStoreDbEventStoreOptions {
  /** Whether close() disposes the client; true for stores built by fromConnectionString. */
  readonly ownsClient?: boolean;
  /** Events fetched per request while readAll filters in the adapter (default 1000). */
  readonly readPageSize?: number;
}

const MAX_ANY_VERSION_ATTEMPTS = 10;

/**
 * The event store on EventStoreDB, the production adapter.
 *
 * - Idempotency: the server itself treats the same event ids appended at the same
 *   expected revision as a no-op. When it reports a wrong expected version instead, the
 *   adapter reads the stream and answers an exact repeat of ids as the original append
 *   did. 'any' appends read the stream first and append at the revision they saw, so
 *   they are idempotent too. Unlike PostgreSQL, ids are not checked against other streams
 *   (EventStoreDB has no global index of event ids).
 * - Global order: $all, system events left out; checkpoints are `<commit>:<prepare>`.
 *   Subscriptions filter on the server; readAll filters in the adapter, because the
 *   client's readAll has no server-side filter.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly adapterName = 'eventstoredb';
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {}

  /** E.g. `esdb://localhost:2113?tls=false`; the store owns the client and disposes it on close(). */
  static fromConnectionString(connectionString: string): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), {
      ownsClient: true,
    });
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    const ids = validateNewEvents(streamId, events);
    if (expectedVersion !== 'any') return this.appendAt(streamId, events, ids, expectedVersion);
    for (let attempt = 1; ; attempt++) {
      const { version, events: stored } = await this.readStream(streamId);
      const repeated = classifyRepeatedAppend(
        streamId,
        ids,
        stored.filter(({ eventId }) => ids.includes(eventId)),
      );
      if (repeated.kind === 'repeat')
        return { nextVersion: repeated.last.streamVersion, checkpoint: repeated.last.checkpoint };
      try {
        return await this.appendAt(streamId, events, ids, version);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ANY_VERSION_ATTEMPTS) throw error;
      }
    }
  }

  async readStream(streamId: string): Promise<ReadStreamResult> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: FORWARDS,
        fromRevision: START,
      })) {
        if (resolved.event) events.push(toRecordedEvent(resolved.event, resolved.commitPosition));
      }
    } catch (error) {
      if (
        isCommandError(error as Error) &&
        (error as { type: ErrorType }).type === ErrorType.STREAM_NOT_FOUND
      )
        return { version: 0, events: [] };
      throw error;
    }
    return { version: events.at(-1)?.streamVersion ?? 0, events };
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const after = options.after === undefined ? undefined : decodeEsdbCheckpoint(options.after);
    const maxCount = options.maxCount ?? Infinity;
    if (maxCount === 0) return { events: [], nextCheckpoint: options.after };
    const pageSize = this.options.readPageSize ?? 1000;
    const events: RecordedEvent[] = [];
    let scanned: Position | undefined = after;
    for (;;) {
      // Reading $all from a position includes that position, so whatever was seen is skipped.
      const from: ReadPosition = scanned ?? START;
      let read = 0;
      for await (const resolved of this.client.readAll({
        fromPosition: from,
        maxCount: pageSize,
        direction: FORWARDS,
      })) {
        read++;
        const event = resolved.event;
        if (!event || (scanned && compareEsdbPositions(event.position, scanned) <= 0)) continue;
        scanned = event.position;
        if (
          isSystemEvent(event.streamId, event.type) ||
          !matchesFilter(options.filter, event.streamId, event.type)
        )
          continue;
        events.push(toRecordedEvent(event, resolved.commitPosition));
        if (events.length >= maxCount)
          return { events, nextCheckpoint: encodeEsdbCheckpoint(event.position) };
      }
      if (read < pageSize) return { events, nextCheckpoint: scanned && encodeEsdbCheckpoint(scanned) };
    }
  }

  subscribeToAll(options: SubscribeToAllOptions, handler: SubscriptionHandler): Subscription {
    const after = options.after === undefined ? undefined : decodeEsdbCheckpoint(options.after);
    const source = this.client.subscribeToAll({
      fromPosition: after ?? START,
      filter: serverFilterOf(options.filter),
    });
    let last = after;
    const subscription = consumeInBatches<AllStreamResolvedEvent, RecordedEvent>(source, {
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      accept: ({ event, commitPosition }) => {
        if (!event || (last && compareEsdbPositions(event.position, last) <= 0)) return undefined;
        last = event.position;
        if (
          isSystemEvent(event.streamId, event.type) ||
          !matchesFilter(options.filter, event.streamId, event.type)
        )
          return undefined;
        return toRecordedEvent(event, commitPosition);
      },
      deliver: (batch) => handler(batch, batch[batch.length - 1].checkpoint),
      close: async () => {
        this.subscriptions.delete(subscription);
        await source.unsubscribe().catch(() => undefined);
      },
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headCheckpoint(): Promise<GlobalCheckpoint | undefined> {
    // The newest event that is not EventStoreDB's own, read backwards page by page.
    let from: ReadPosition = END;
    for (;;) {
      let read = 0;
      let oldest: Position | undefined;
      for await (const { event } of this.client.readAll({
        fromPosition: from,
        maxCount: 100,
        direction: BACKWARDS,
      })) {
        read++;
        if (!event) continue;
        if (!isSystemEvent(event.streamId, event.type)) return encodeEsdbCheckpoint(event.position);
        oldest = event.position;
      }
      if (read < 100 || !oldest) return undefined;
      from = oldest;
    }
  }

  async ping(): Promise<void> {
    for await (const _ of this.client.readAll({ fromPosition: END, maxCount: 1, direction: BACKWARDS }))
      break;
  }

  /** Stops this store's subscriptions; disposes the client only if the store owns it. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    if (this.options.ownsClient) await this.client.dispose();
  }

  private async appendAt(
    streamId: string,
    events: readonly NewEvent[],
    ids: readonly string[],
    expectedVersion: number,
  ): Promise<AppendResult> {
    let result: EsdbAppendResult;
    try {
      result = await this.client.appendToStream(
        streamId,
        events.map((event, index) =>
          jsonEvent({
            id: ids[index],
            type: event.type,
            data: event.data as Record<string, unknown>,
            metadata: event.metadata as unknown as Record<string, unknown>,
          }),
        ),
        { expectedRevision: toExpectedRevision(expectedVersion) },
      );
    } catch (error) {
      if (
        !isCommandError(error as Error) ||
        (error as { type: ErrorType }).type !== ErrorType.WRONG_EXPECTED_VERSION
      )
        throw error;
      // A retry of an append that got through is answered as the original was.
      const { version, events: stored } = await this.readStream(streamId);
      const repeated = classifyRepeatedAppend(
        streamId,
        ids,
        stored.filter(({ eventId }) => ids.includes(eventId)),
      );
      if (repeated.kind === 'repeat')
        return { nextVersion: repeated.last.streamVersion, checkpoint: repeated.last.checkpoint };
      throw new WrongExpectedVersionError(streamId, expectedVersion, version);
    }
    const nextVersion = versionOfRevision(result.nextExpectedRevision);
    if (result.position) return { nextVersion, checkpoint: encodeEsdbCheckpoint(result.position) };
    // Servers before 22.6 may not say where the append landed: ask the stream's last event.
    for await (const resolved of this.client.readStream(streamId, {
      fromRevision: END,
      maxCount: 1,
      direction: BACKWARDS,
    })) {
      if (resolved.event)
        return {
          nextVersion,
          checkpoint: toRecordedEvent(resolved.event, resolved.commitPosition).checkpoint,
        };
    }
    throw new Error(`EventStoreDB accepted the append to ${streamId} but its position cannot be read`);
  }
}

function toRecordedEvent(event: EsdbRecordedEvent, commitPosition: bigint | undefined): RecordedEvent {
  const position = event.position ?? { commit: commitPosition ?? 0n, prepare: commitPosition ?? 0n };
  return {
    eventId: event.id.toLowerCase(),
    type: event.type,
    data: asJson(event.data) as object,
    metadata: asJson(event.metadata) as EventMetadata,
    streamId: event.streamId,
    streamVersion: versionOfRevision(event.revision),
    checkpoint: encodeEsdbCheckpoint(position),
    recordedAt: event.created,
  };
}

/** JSON events arrive parsed; anything written as bytes is parsed here. */
function asJson(value: unknown): unknown {
  if (value instanceof Uint8Array)
    return value.length === 0 ? {} : JSON.parse(new TextDecoder().decode(value));
  return value ?? {};
}
