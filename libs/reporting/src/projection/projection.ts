import type { RecordedEvent } from '@giaoviec/event-store';

/** The SQL a projection runs inside the runner's transaction. */
export interface ProjectionSql {
  query<Row extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    values?: readonly unknown[],
  ): Promise<{ rows: Row[]; rowCount: number | null }>;
}

/**
 * A read model kept from the global log. Its tables live in the schema of a read-model
 * generation (so a rebuild fills new tables while reads go on from the old ones): every
 * statement names its tables as `${schema}.table`, with the schema the runner passes in.
 *
 * `apply` gets the events of one batch that it declared in `eventTypes`, in log order, and
 * runs inside the transaction that also moves the checkpoint, so it is applied exactly once.
 * It must be deterministic (no clock, no randomness): replaying gives identical rows.
 */
export interface Projection {
  readonly name: string;
  /**
   * Bump it when what `apply` writes changes (added later, optional): a generation records
   * the name@version of each projection it was built with, and the engine warns that a
   * rebuild is due when the code's list differs from the live generation's.
   */
  readonly version?: number;
  readonly eventTypes: readonly string[];
  /**
   * What the as-of generations (`?asOf=`, a past day's board) keep of this read model:
   * absent, the projection itself; null, nothing (no past read uses it); another projection,
   * a lighter one keeping only the tables past reads join. A past day costs the size of its
   * tables, so the log-sized ones (the audit trail, the notifications) stay out.
   */
  readonly pointInTime?: Projection | null;
  /** CREATE TABLE / INDEX statements for a fresh generation schema; idempotent (IF NOT EXISTS). */
  createTables(schema: string): readonly string[];
  apply(events: readonly RecordedEvent[], sql: ProjectionSql, schema: string): Promise<void>;
}

/**
 * DI token of every read model's projection, as one array (Nest has no multi-providers):
 * `{ provide: PROJECTIONS, useFactory: (...all: Projection[]) => all, inject: [TasksProjection, ...] }`.
 * The projection engine looks it up anywhere in the application (added later).
 */
export const PROJECTIONS = Symbol('PROJECTIONS');
