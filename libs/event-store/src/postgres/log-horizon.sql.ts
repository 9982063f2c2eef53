/**
 * The log's horizon, as a SQL expression of type xid8: every event with a transaction id
 * below it has committed (or aborted) and is visible to the statement, so a reader may pass
 * it; none will appear behind it later.
 *
 * It is the oldest transaction still in progress in the statement's snapshot, leaving out
 * those that pg_stat_activity names as running in another database: their transactions can
 * never write this database's log. `pg_snapshot_xmin` alone is cluster-wide, so one long
 * transaction anywhere on the cluster (another application, a report, a backup) held back
 * every projection here. An in-progress transaction it cannot place (ended since the
 * snapshot, a subtransaction, or hidden by missing privileges on pg_stat_activity) still
 * holds the horizon: the safe side, as before. With none left, it is the snapshot's xmax.
 */
export const LOG_HORIZON_SQL = `(
  SELECT COALESCE(min(x), pg_snapshot_xmax(pg_current_snapshot()))
    FROM pg_snapshot_xip(pg_current_snapshot()) AS x
   WHERE x::xid NOT IN (
     SELECT a.backend_xid FROM pg_stat_activity a
      WHERE a.datname <> current_database() AND a.backend_xid IS NOT NULL
   )
)`;
