import type { Pool } from 'pg';
import type { GlobalCheckpoint } from '@giaoviec/event-store';
import { SCHEMA_GONE } from '../postgres-read-model-store';
import type { ReadModelStore } from '../read-model-store';
import type { AsOfGeneration } from './as-of-generations';

/**
 * The queries' view of the read models at the end of a past day: the same queries, pointed
 * at that day's schema. Its position never moves, so nothing is ever waited for. A query
 * that ran into a schema dropped under it (the cap let it go) builds the day again and
 * runs once more.
 */
export class AsOfReadModelStore implements ReadModelStore {
  constructor(
    private readonly pool: Pool,
    private generation: AsOfGeneration,
    private readonly rebuild: () => Promise<AsOfGeneration>,
  ) {}

  async read<Row extends Record<string, unknown>>(
    build: (schema: string) => { text: string; values?: readonly unknown[] },
  ): Promise<Row[]> {
    const run = async () => {
      const { text, values } = build(this.generation.schema);
      return (await this.pool.query<Row>(text, values === undefined ? undefined : [...values])).rows;
    };
    try {
      return await run();
    } catch (error) {
      if (!SCHEMA_GONE.has((error as { code?: string }).code ?? '')) throw error;
      this.generation = await this.rebuild();
      return run();
    }
  }

  async position(): Promise<GlobalCheckpoint | undefined> {
    return this.generation.checkpoint;
  }

  /** Every event this view will ever hold is in it already. */
  async waitFor(): Promise<void> {}
}
