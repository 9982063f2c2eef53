import { assertIdentifier, type Queryable } from '../generation-sql';

/**
 * How a day's tables are copied into another schema:
 * - `indexes-after`: the bare tables (columns, defaults, checks), the rows, then each index
 *   and primary key built once over the loaded rows;
 * - `like-including-all`: `CREATE TABLE … (LIKE … INCLUDING ALL)` and `INSERT … SELECT`,
 *   every index kept up row by row while loading.
 * BENCHMARKS.md measures both; the first is the default.
 */
export type CopyStrategy = 'indexes-after' | 'like-including-all';

/**
 * Copies every table of `from` (read models and checkpoint, rows included) into the empty,
 * existing schema `to`, inside the caller's transaction. The read models have no sequences
 * or foreign keys, so nothing in the copy refers back to `from`.
 */
export async function copyGenerationTables(
  db: Queryable,
  from: string,
  to: string,
  strategy: CopyStrategy = 'indexes-after',
): Promise<void> {
  assertIdentifier(from);
  assertIdentifier(to);
  const { rows: tables } = await db.query<{ tablename: string }>(
    'SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename',
    [from],
  );
  const like =
    strategy === 'like-including-all'
      ? 'INCLUDING ALL'
      : 'INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS';
  for (const { tablename } of tables) {
    const table = assertIdentifier(tablename);
    await db.query(`CREATE TABLE ${to}.${table} (LIKE ${from}.${table} ${like})`);
    await db.query(`INSERT INTO ${to}.${table} SELECT * FROM ${from}.${table}`);
  }
  if (strategy === 'indexes-after') await copyIndexes(db, from, to);
}

/** The primary keys and unique constraints (as constraints, under their names), then the other indexes. */
async function copyIndexes(db: Queryable, from: string, to: string): Promise<void> {
  const { rows: constraints } = await db.query<{ table_name: string; name: string; definition: string }>(
    `SELECT c.relname AS table_name, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND k.contype IN ('p', 'u', 'x') ORDER BY c.relname, k.conname`,
    [from],
  );
  for (const constraint of constraints) {
    await db.query(
      `ALTER TABLE ${to}.${assertIdentifier(constraint.table_name)}
         ADD CONSTRAINT ${assertIdentifier(constraint.name)} ${constraint.definition}`,
    );
  }
  const { rows: indexes } = await db.query<{ definition: string }>(
    `SELECT pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY 1`,
    [from],
  );
  // pg_get_indexdef names the table as `<from>.<table>`: the same index on the copy's table.
  const onFrom = ` ON ${from}.`;
  for (const { definition } of indexes) {
    if (!definition.includes(onFrom)) throw new Error(`Unexpected index definition: ${definition}`);
    await db.query(definition.replace(onFrom, ` ON ${to}.`));
  }
}
