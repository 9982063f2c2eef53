import type { EventStore, GlobalCheckpoint, RecordedEvent } from '@giaoviec/event-store';
import type { Decider, DomainEvent } from '@giaoviec/kernel';

export interface StreamSnapshot<State> {
  readonly state: State;
  readonly version: number;
}

/**
 * The state of every stream of one category (all plans, all indicators), folded from the
 * global log and kept in memory; each call reads only what was appended since the last.
 * Meant for small categories (plans, indicators, agencies number in the thousands), until
 * the read models of the projector replace these lookups.
 */
export class StreamCategoryView<State, Event extends DomainEvent> {
  private readonly streams = new Map<string, StreamSnapshot<State>>();
  private checkpoint: GlobalCheckpoint | undefined;
  private catchingUp: Promise<void> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly category: {
      readonly streamPrefix: string;
      readonly eventTypes: readonly string[];
      readonly evolver: Pick<Decider<State, unknown, Event>, 'evolve' | 'initialState'>;
    },
  ) {}

  /**
   * Every stream of the category as far as the global log can be read now. On PostgreSQL
   * that excludes events committed after a transaction that is still open elsewhere (the
   * price of a gap-free log), so decisions that must be exact read the stream itself.
   */
  async current(): Promise<ReadonlyMap<string, StreamSnapshot<State>>> {
    while (this.catchingUp) await this.catchingUp.catch(() => undefined);
    this.catchingUp = this.catchUp();
    try {
      await this.catchingUp;
      return this.streams;
    } finally {
      this.catchingUp = undefined;
    }
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const { events, nextCheckpoint } = await this.store.readAll({
        after: this.checkpoint,
        maxCount: 1000,
        filter: { streamPrefixes: [this.category.streamPrefix], eventTypes: this.category.eventTypes },
      });
      events.forEach((event) => this.apply(event));
      const moved = nextCheckpoint !== undefined && nextCheckpoint !== this.checkpoint;
      if (nextCheckpoint !== undefined) this.checkpoint = nextCheckpoint;
      if (events.length === 0 && !moved) return;
    }
  }

  private apply(event: RecordedEvent): void {
    const previous = this.streams.get(event.streamId)?.state ?? this.category.evolver.initialState();
    const state = this.category.evolver.evolve(previous, {
      type: event.type,
      data: event.data,
    } as unknown as Event);
    this.streams.set(event.streamId, { state, version: event.streamVersion });
  }
}
