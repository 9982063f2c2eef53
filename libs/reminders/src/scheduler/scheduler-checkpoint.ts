import type { Pool, PoolClient } from 'pg';
import type { GlobalCheckpoint } from '@giaoviec/event-store';

type Queryable = Pick<Pool | PoolClient, 'query'>;

/**
 * A follower's position in the global log, in reminder_scheduler_checkpoints (migration 0005).
 * The first read creates the row at `firstStart()` (default: the beginning of the log).
 */
export async function readSchedulerCheckpoint(
  db: Queryable,
  name: string,
  firstStart?: () => Promise<GlobalCheckpoint | undefined>,
): Promise<GlobalCheckpoint | undefined> {
  const select = () =>
    db.query<{ checkpoint: string | null }>(
      `SELECT checkpoint FROM reminder_scheduler_checkpoints WHERE name = $1`,
      [name],
    );
  let { rows } = await select();
  if (rows.length === 0) {
    const initial = firstStart ? await firstStart() : undefined;
    await db.query(
      `INSERT INTO reminder_scheduler_checkpoints (name, checkpoint) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [name, initial ?? null],
    );
    ({ rows } = await select());
  }
  return rows[0]?.checkpoint ?? undefined;
}

/** Moves it only if it is still `expected` (and locks the row until the transaction ends). */
export async function compareAndSetSchedulerCheckpoint(
  db: Queryable,
  name: string,
  expected: GlobalCheckpoint | undefined,
  next: GlobalCheckpoint,
): Promise<boolean> {
  const result = await db.query(
    `UPDATE reminder_scheduler_checkpoints SET checkpoint = $2, updated_at = now()
     WHERE name = $1 AND checkpoint IS NOT DISTINCT FROM $3`,
    [name, next, expected ?? null],
  );
  return result.rowCount === 1;
}
