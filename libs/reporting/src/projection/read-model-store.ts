import type { GlobalCheckpoint } from '@giaoviec/event-store';
import type { ProjectionSql } from './projection';

/**
 * How queries reach the read models: the schema of the live generation (its tables are
 * named `${schema}.table`) and how far that generation has caught up with the log.
 */
export interface ReadModelStore {
  /** Runs a read-only query against the live generation; `sql` gets the schema to name tables with. */
  read<Row extends Record<string, unknown>>(
    build: (schema: string) => { text: string; values?: readonly unknown[] },
  ): Promise<Row[]>;
  /** The live generation's checkpoint: every event up to it is reflected in the rows. */
  position(): Promise<GlobalCheckpoint | undefined>;
  /**
   * Waits (bounded) until the live generation has applied `position`; throws
   * ReadModelsBehind (a 503 with how far behind they are) when the wait runs out.
   */
  waitFor(position: GlobalCheckpoint, timeoutMs?: number): Promise<void>;
}

export const READ_MODEL_STORE = Symbol('READ_MODEL_STORE');

export type { ProjectionSql };
