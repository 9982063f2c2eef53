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
import { localDateAt, type Clock, type Decider, type DomainEvent } from '@giaoviec/kernel';
import type { CommandContext } from '../request-context/command-context';
import { CLOCK } from '../clock/clock.token';
import type { StreamWriteResult } from './command-result';
import { KeyedMutex } from './keyed-mutex';

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
 *   is found in the stream and answered from it instead of being applied twice.
 */
@Injectable()
export class EventSourcedExecutor {
  private readonly streamLocks = new KeyedMutex();

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

  /** The state of a stream as the decider sees it, with its version. */
  async load<State, Event extends DomainEvent>(
    streamId: string,
    decider: Pick<Decider<State, unknown, Event>, 'evolve' | 'initialState'>,
  ): Promise<{ state: State; version: number; events: RecordedEvent[] }> {
    const { version, events } = await this.store.readStream(streamId);
    const state = events.reduce((current, event) => decider.evolve(current, toDomainEvent<Event>(event)), decider.initialState());
    return { state, version, events };
  }

  private async decideAndAppend<State, Command, Event extends DomainEvent>(
    options: ExecuteOptions<State, Command, Event>,
  ): Promise<StreamWriteResult> {
    const { streamId, decider, command, context, expectedVersion } = options;
    for (let attempt = 0; ; attempt++) {
      const { state, version, events: history } = await this.load(streamId, decider);

      const earlier = history.filter((event) => event.metadata.commandId === context.commandId);
      if (earlier.length > 0) return replayOf(streamId, earlier);

      if (typeof expectedVersion === 'number' && expectedVersion !== version) {
        throw new WrongExpectedVersionError(streamId, expectedVersion, version);
      }

      const now = this.clock.now();
      const decided = decider.decide(command, state, { actor: context.actor, now, today: localDateAt(now) });
      if (decided.length === 0) {
        return { streamId, version, position: history.at(-1)?.checkpoint ?? null, events: [], replayed: false };
      }

      const newEvents: NewEvent[] = decided.map((event, index) => ({
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

      try {
        const appended = await this.store.appendToStream(streamId, newEvents, version);
        return {
          streamId,
          version: appended.nextVersion,
          position: appended.checkpoint,
          events: newEvents.map(({ eventId, type }) => ({ eventId, type })),
          replayed: false,
        };
      } catch (error) {
        const mayRetry =
          error instanceof WrongExpectedVersionError &&
          typeof expectedVersion !== 'number' &&
          attempt < this.config.commands.conflictRetries;
        if (!mayRetry) throw error;
        await backoff(attempt);
      }
    }
  }
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
