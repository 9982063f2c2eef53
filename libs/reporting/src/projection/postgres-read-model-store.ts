import type { Pool } from 'pg';
import type { EventStore, GlobalCheckpoint } from '@giaoviec/event-store';
import { isAtOrPast, readGenerationCheckpoint } from './generation-sql';
import type { ReadModelGenerations } from './read-model-generations';
import type { ReadModelStore } from './read-model-store';
import { InvalidReadPosition, ReadModelsBehind } from './read-models-behind.error';

export interface PostgresReadModelStoreOptions {
  /** How often waitFor looks at the checkpoint (default 25 ms). */
  readonly pollMs?: number;
  /** Default bound of waitFor (default 5000 ms). */
  readonly defaultTimeoutMs?: number;
  /** At most this many events are counted for `eventsBehind` in a 503 (default 10,000). */
  readonly countCap?: number;
}

export const SCHEMA_GONE = new Set(['3F000', '42P01']); // invalid_schema_name, undefined_table
// Every adapter writes digits, zero-padded: `<commit>:<prepare>`, `<xid>:<position>` or `<n>`.
const POSITION = /^\d{1,20}(?::\d{1,20})?$/;

/**
 * The query side's view of the read models: queries run against the live generation, whose
 * checkpoint says how far they have caught up.
 */
export class PostgresReadModelStore implements ReadModelStore {
  private readonly pollMs: number;
  private readonly defaultTimeoutMs: number;
  private readonly countCap: number;

  constructor(
    private readonly pool: Pool,
    private readonly generations: ReadModelGenerations,
    private readonly store: EventStore,
    options: PostgresReadModelStoreOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 25;
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 5000;
    this.countCap = options.countCap ?? 10_000;
  }

  async read<Row extends Record<string, unknown>>(
    build: (schema: string) => { text: string; values?: readonly unknown[] },
  ): Promise<Row[]> {
    return this.onLive(async (schema) => {
      const { text, values } = build(schema);
      return (await this.pool.query<Row>(text, values === undefined ? undefined : [...values])).rows;
    });
  }

  async position(): Promise<GlobalCheckpoint | undefined> {
    return this.onLive((schema) => readGenerationCheckpoint(this.pool, schema));
  }

  async waitFor(position: GlobalCheckpoint, timeoutMs = this.defaultTimeoutMs): Promise<void> {
    const started = Date.now();
    let current = await this.position();
    assertReadPosition(position, current);
    while (!isAtOrPast(current, position)) {
      const left = started + timeoutMs - Date.now();
      if (left <= 0) {
        throw new ReadModelsBehind(position, current, await this.eventsBetween(current, position), timeoutMs);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.pollMs, left)));
      current = await this.position();
    }
  }

  /**
   * A query that ran into a dropped schema (a switch it had not heard of yet) runs again
   * on the new live generation.
   */
  private async onLive<T>(work: (schema: string) => Promise<T>): Promise<T> {
    const schema = await this.generations.liveSchema();
    try {
      return await work(schema);
    } catch (error) {
      if (!SCHEMA_GONE.has((error as { code?: string }).code ?? '')) throw error;
      this.generations.invalidate();
      const live = await this.generations.liveSchema();
      if (live === schema) throw error;
      return work(live);
    }
  }

  /** Events after `current` up to `requested`, counted up to the cap; undefined if the store cannot say. */
  private async eventsBetween(
    current: GlobalCheckpoint | undefined,
    requested: GlobalCheckpoint,
  ): Promise<number | undefined> {
    try {
      let count = 0;
      for (let after = current; count < this.countCap;) {
        const page = await this.store.readAll({ after, maxCount: Math.min(1000, this.countCap - count) });
        const within = page.events.filter((event) => event.checkpoint <= requested);
        count += within.length;
        if (within.length < page.events.length || page.events.length === 0) break;
        after = page.nextCheckpoint;
      }
      return Math.min(count, this.countCap);
    } catch {
      return undefined;
    }
  }
}

/**
 * A position is what a command answered with: printable, and (every adapter writes fixed
 * width) as long as the read models' own checkpoint once they have one.
 */
export function assertReadPosition(position: string, current: GlobalCheckpoint | undefined): void {
  if (!POSITION.test(position) || (current !== undefined && position.length !== current.length)) {
    throw new InvalidReadPosition(position);
  }
}
