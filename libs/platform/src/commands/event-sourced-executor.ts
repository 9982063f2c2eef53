import { Inject, Injectable } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { APP_CONFIG, AppConfig } from '@giaoviec/config';
import {
  EVENT_STORE,
  WrongExpectedVersionError,
  type EventStore,
  type ExpectedVersion,
  type NewEvent,
  type RecordedEvent,
} from '@giaoviec/event-store';
import {
  localDateAt,
  type Clock,
  type Decider,
  type DecisionContext,
  type DomainEvent,
} from '@giaoviec/kernel';
import type { CommandContext } from '../request-context/command-context';
import { CLOCK } from '../clock/clock.token';
import type { StreamWriteResult } from './command-result';
import { KeyedMutex } from './keyed-mutex';
import { RecentlyReadStreams, type ReadStream } from './recently-read-streams';

/** Every event type is at its first data schema; bump per type when one changes shape. */
const CURRENT_SCHEMA_VERSION = 1;
const EVENT_ID_NAMESPACE = '5f1d3c1e-2b7a-4c8e-9a61-3f0e8d2b7c44';

export interface ExecuteOptions<State, Command, Event extends DomainEvent> {
  readonly streamId: string;
  readonly decider: Decider<State, Command, Event>;
  readonly command: Command;
  readonly context: CommandContext;
  /** What the client said it saw (If-Match / body); omitted: the executor retries on concurrent writes. */
  readonly expectedVersion?: ExpectedVersion;
}

/**
 * Load the stream, decide, append with the version it read. The one path every command
 * takes to the event store, so every event gets the same metadata and the same guarantees:
 * - a stale expected version from the client is a WrongExpectedVersionError (409);
 * - without one, a concurrent writer makes it re-read and decide again, never lose a write;
 * - event ids derive from the command id, so a retried command (same Idempotency-Key)
 *   is found in the stream and answered from it instead of being applied twice;
 * - a stream read moments before in this process (by the policy, in the same request) is
 *   decided on without reading it again; the append's expected version proves it current.
 */
@Injectable()
export class EventSourcedExecutor {
  private readonly streamLocks = new KeyedMutex();
  private readonly recentlyRead = new RecentlyReadStreams();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute<State, Command, Event extends DomainEvent>(
    options: ExecuteOptions<State, Command, Event>,
  ): Promise<StreamWriteResult> {
    return this.streamLocks.run(options.streamId, () => this.decideAndAppend(options));
  }

  /**
   * The state of a stream as the decider sees it, with its version. With `recordedBefore`:
   * as it stood then, from the events recorded before that instant (the stream's prefix).
   */
  async load<State, Event extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<State, unknown, Event>, 'evolve' | 'initialState'>,
    recordedBefore?: Date,
  ): Promise<{ state: State; version: number; events: RecordedEvent[] }> {
    const { version, events } = await this.loadEvents(streamId, recordedBefore);
    const state = events.reduce(
      (current, event) => decider.evolve(current, toDomainEvent<Event>(event)),
      decider.initialState(),
    );
    return { state, version, events };
  }

  /**
   * The recorded events of a stream and its version; with `recordedBefore`, the stream's
   * prefix recorded before that instant (what `load` evolves the state from).
   */
  async loadEvents(
    streamId: string,
    recordedBefore?: Date,
  ): Promise<{ version: number; events: RecordedEvent[] }> {
    const stream = await this.store.readStream(streamId);
    if (recordedBefore !== undefined) return streamRecordedBefore(stream.events, recordedBefore);
    this.recentlyRead.remember(streamId, stream);
    return stream;
  }

  /**
   * A decision that spans several streams (a merge, an amendment revising several
   * indicators). Each stream is appended at the version it was read at; if another writer
   * got in between, everything is re-read and decided again. The deciders used here must
   * recognise what an interrupted earlier attempt already recorded and not repeat it, and
   * event ids derive from the command id, so a retry completes a partial write rather than
   * duplicating it.
   */
  async executeAcrossStreams<Event extends DomainEvent>(options: {
    readonly streamIds: readonly string[];
    /** Gets each stream's events (empty for a stream that does not exist yet) and decides what each stream records. */
    readonly decide: (
      histories: ReadonlyMap<string, readonly Event[]>,
      context: DecisionContext,
    ) => ReadonlyArray<{ readonly streamId: string; readonly events: readonly Event[] }>;
    readonly context: CommandContext;
  }): Promise<StreamWriteResult[]> {
    const { context } = options;
    for (let attempt = 0; ; attempt++) {
      const loaded = new Map<string, { version: number; events: Event[] }>();
      const earlier: StreamWriteResult[] = [];
      for (const streamId of options.streamIds) {
        const { version, events } = await this.store.readStream(streamId);
        loaded.set(streamId, { version, events: events.map((event) => toDomainEvent<Event>(event)) });
        const ofThisCommand = events.filter((event) => event.metadata.commandId === context.commandId);
        if (ofThisCommand.length > 0) earlier.push(replayOf(streamId, ofThisCommand));
      }
      const now = this.clock.now();
      const histories = new Map([...loaded].map(([streamId, { events }]) => [streamId, events]));
      let decisions: ReturnType<typeof options.decide>;
      try {
        decisions = options.decide(histories, { actor: context.actor, now, today: localDateAt(now) });
      } catch (error) {
        // Refused because this very command already wrote (a retry after a crash): answer as the first time.
        if (earlier.length > 0) return earlier;
        throw error;
      }
      try {
        const results: StreamWriteResult[] = [];
        for (const { streamId, events } of decisions) {
          const version = loaded.get(streamId)?.version ?? 0;
          if (events.length === 0) {
            results.push({ streamId, version, position: null, events: [], replayed: false });
            continue;
          }
          const newEvents = toNewEvents(streamId, events, context, now);
          const appended = await this.streamLocks.run(streamId, () =>
            this.store.appendToStream(streamId, newEvents, version),
          );
          this.recentlyRead.forget(streamId);
          results.push({
            streamId,
            version: appended.nextVersion,
            position: appended.checkpoint,
            events: newEvents.map(({ eventId, type }) => ({ eventId, type })),
            replayed: false,
          });
        }
        return results;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= this.config.commands.conflictRetries)
          throw error;
        await backoff(attempt);
      }
    }
  }

  private async decideAndAppend<State, Command, Event extends DomainEvent>(
    options: ExecuteOptions<State, Command, Event>,
  ): Promise<StreamWriteResult> {
    const { streamId, decider, command, context, expectedVersion } = options;
    // Only the first attempt may start from what was read before; a retry reads afresh.
    let read: ReadStream | undefined = this.recentlyRead.take(streamId);
    for (let attempt = 0; ;) {
      const readBefore = read !== undefined;
      const { version, events: history } = read ?? (await this.store.readStream(streamId));
      read = undefined;
      const state = history.reduce(
        (current, event) => decider.evolve(current, toDomainEvent<Event>(event)),
        decider.initialState(),
      );

      const earlier = history.filter((event) => event.metadata.commandId === context.commandId);
      if (earlier.length > 0) return replayOf(streamId, earlier);

      if (typeof expectedVersion === 'number' && expectedVersion !== version) {
        // What was read before may be behind the stream the client saw: look again first.
        if (readBefore) continue;
        throw new WrongExpectedVersionError(streamId, expectedVersion, version);
      }

      const now = this.clock.now();
      const decided = decider.decide(command, state, { actor: context.actor, now, today: localDateAt(now) });
      if (decided.length === 0) {
        return {
          streamId,
          version,
          position: history.at(-1)?.checkpoint ?? null,
          events: [],
          replayed: false,
        };
      }

      const newEvents = toNewEvents(streamId, decided, context, now);

      try {
        const appended = await this.store.appendToStream(streamId, newEvents, version);
        this.recentlyRead.forget(streamId);
        return {
          streamId,
          version: appended.nextVersion,
          position: appended.checkpoint,
          events: newEvents.map(({ eventId, type }) => ({ eventId, type })),
          replayed: false,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // Decided on a read that another writer overtook: decide again on a fresh one, as if
        // it had never been read (this command may even be among what it missed).
        if (readBefore) continue;
        const mayRetry =
          typeof expectedVersion !== 'number' && attempt < this.config.commands.conflictRetries;
        if (!mayRetry) throw error;
        await backoff(attempt);
        attempt++;
      }
    }
  }
}

/** Event ids derive from (command, stream, index): appending the same decision twice is a no-op in the store. */
function toNewEvents(
  streamId: string,
  events: readonly DomainEvent[],
  context: CommandContext,
  now: Date,
): NewEvent[] {
  return events.map((event, index) => ({
    eventId: uuidv5(`${context.commandId}\n${streamId}\n${index}`, EVENT_ID_NAMESPACE),
    type: event.type,
    data: event.data,
    metadata: {
      actor: context.actor,
      correlationId: context.correlationId,
      causationId: context.causationId,
      commandId: context.commandId,
      occurredAt: now.toISOString(),
      schemaVersion: CURRENT_SCHEMA_VERSION,
    },
  }));
}

function replayOf(streamId: string, earlier: RecordedEvent[]): StreamWriteResult {
  const last = earlier[earlier.length - 1];
  return {
    streamId,
    version: last.streamVersion,
    position: last.checkpoint,
    events: earlier.map(({ eventId, type }) => ({ eventId, type })),
    replayed: true,
  };
}

export function toDomainEvent<Event extends DomainEvent>(event: RecordedEvent): Event {
  return { type: event.type, data: event.data } as unknown as Event;
}

/** Jittered, capped: contending writers spread out instead of colliding again in lock step. */
function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(200, 5 * 2 ** Math.min(attempt, 6));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

/** The events of a stream up to the first one recorded at or after `instant`, and the version they make. */
function streamRecordedBefore(
  events: readonly RecordedEvent[],
  instant: Date,
): { version: number; events: RecordedEvent[] } {
  const firstLater = events.findIndex((event) => event.recordedAt.getTime() >= instant.getTime());
  const before = firstLater === -1 ? [...events] : events.slice(0, firstLater);
  return { version: before.at(-1)?.streamVersion ?? 0, events: before };
}
