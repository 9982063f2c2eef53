import { PassThrough, Readable } from 'node:stream';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type AppendResult,
  type EventData,
  type Filter,
  type Position,
  type ReadPosition,
  type ReadRevision,
} from '@eventstore/db-client';
import { compareEsdbPositions } from './eventstoredb-mapping';

interface StoredEvent {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly revision: bigint;
  readonly created: Date;
  readonly position: Position;
}

/**
 * A stand-in for EventStoreDBClient, for unit tests only: no EventStoreDB server can run
 * on these machines. It models what the adapter relies on, as the server documents it:
 * idempotent appends at the expected position, reads of $all from a position inclusive,
 * subscriptions exclusive, server-side filters, and system events mixed into $all.
 * It is no proof that the real server behaves so: the int spec is.
 */
export class FakeEventStoreDbClient {
  private readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly live = new Set<(event: StoredEvent) => void>();
  // Positions cross a power of ten early, so any ordering by text would show.
  private nextPosition = 95n;

  constructor() {
    this.store('$stats-fake', '$statsCollected', []);
  }

  async appendToStream(
    streamName: string,
    events: EventData | EventData[],
    options: { expectedRevision?: AppendExpectedRevision } = {},
  ): Promise<AppendResult> {
    const batch = Array.isArray(events) ? events : [events];
    const expected = options.expectedRevision ?? ANY;
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length === 0 ? NO_STREAM : stream[stream.length - 1].revision;
    if (expected !== ANY) {
      // The server's idempotency: the same ids already at the expected position is a success.
      const from = expected === NO_STREAM ? 0 : Number(expected) + 1;
      const there = stream.slice(from, from + batch.length);
      if (typeof expected !== 'string' || expected === NO_STREAM) {
        if (there.length === batch.length && there.every((event, i) => event.id === batch[i].id)) {
          const last = there[there.length - 1];
          return { success: true, nextExpectedRevision: last.revision, position: last.position };
        }
      }
      if (expected !== current) {
        throw new WrongExpectedVersionError(undefined, { streamName, expected, current });
      }
    }
    const stored = this.store(streamName, batch, stream);
    const last = stored[stored.length - 1];
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  readStream(
    streamName: string,
    options: { fromRevision?: ReadRevision; direction?: string; maxCount?: number | bigint } = {},
  ): Readable {
    const stream = this.streams.get(streamName);
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return Readable.from(
      (async function* () {
        if (!stream) throw new StreamNotFoundError(undefined, streamName);
        const ordered = options.direction === BACKWARDS ? [...stream].reverse() : stream;
        for (const event of ordered.slice(0, maxCount)) yield resolved(event);
      })(),
    );
  }

  readAll(
    options: { fromPosition?: ReadPosition; direction?: string; maxCount?: number | bigint } = {},
  ): Readable {
    const from = options.fromPosition ?? (options.direction === BACKWARDS ? END : START);
    const maxCount = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const events =
      options.direction === BACKWARDS
        ? [...this.all]
            .reverse()
            .filter(
              (event) => from === END || from === START || compareEsdbPositions(event.position, from) < 0,
            )
        : this.all.filter(
            (event) => from === START || (from !== END && compareEsdbPositions(event.position, from) >= 0),
          );
    return Readable.from(events.slice(0, maxCount).map(resolved));
  }

  subscribeToAll(
    options: { fromPosition?: ReadPosition; filter?: Filter } = {},
  ): PassThrough & { unsubscribe(): Promise<void> } {
    const from = options.fromPosition ?? START;
    const passes = (event: StoredEvent) =>
      (from === START || (from !== END && compareEsdbPositions(event.position, from) > 0)) &&
      matches(options.filter, event);
    const subscription = Object.assign(new PassThrough({ objectMode: true }), {
      unsubscribe: async () => {
        this.live.delete(push);
        subscription.destroy();
      },
    });
    const push = (event: StoredEvent) => {
      if (passes(event)) subscription.write(resolved(event));
    };
    if (from !== END) this.all.forEach(push);
    this.live.add(push);
    return subscription;
  }

  async dispose(): Promise<void> {
    this.live.clear();
  }

  private store(streamName: string, batch: EventData[] | string, stream: StoredEvent[]): StoredEvent[] {
    const events =
      typeof batch === 'string' ? [{ id: crypto.randomUUID(), type: batch, data: {}, metadata: {} }] : batch;
    const stored = events.map((event, index): StoredEvent => {
      this.nextPosition += 7n;
      return {
        streamId: streamName,
        id: event.id,
        type: event.type,
        data: JSON.parse(JSON.stringify(event.data)),
        metadata: JSON.parse(JSON.stringify(event.metadata ?? {})),
        revision: BigInt(stream.length + index),
        created: new Date(),
        position: { commit: this.nextPosition, prepare: this.nextPosition },
      };
    });
    this.streams.set(streamName, [...stream, ...stored]);
    this.all.push(...stored);
    stored.forEach((event) => this.live.forEach((push) => push(event)));
    // The server writes its own events too; readers must skip them.
    if (typeof batch !== 'string' && this.all.length % 5 === 0)
      this.store('$stats-fake', '$statsCollected', this.streams.get('$stats-fake') ?? []);
    return stored;
  }
}

function resolved(event: StoredEvent): AllStreamResolvedEvent {
  return {
    event: {
      ...event,
      isJson: true,
      data: event.data as Record<string, unknown>,
      metadata: event.metadata as Record<string, unknown>,
    },
    commitPosition: event.position.commit,
  };
}

function matches(filter: Filter | undefined, event: StoredEvent): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? event.streamId : event.type;
  if ('prefixes' in filter) return filter.prefixes.some((prefix) => subject.startsWith(prefix));
  return new RegExp(filter.regex).test(subject);
}
