import { qualified, SqlParams } from '../shared/sql';
import { whereClause } from '../task-list/task-filters.sql';

/**
 * An agency's record as a coordinating agency (phối hợp), over the parts rm_tasks keeps per
 * task (`coordinators` jsonb). Cancelled tasks owe nothing and are not counted.
 * - on time: its first contribution came by the task's deadline in force on that day;
 * - late: it came after that deadline;
 * - overdue now: none reported, the deadline has passed and the task is still open
 *   (awaiting the standing office's review counts as open: the part is still owed).
 */
export type CoordinatorRecord = {
  /** Tasks it coordinates (not cancelled). */
  readonly tasks: number;
  readonly not_acknowledged: number;
  readonly on_time: number;
  readonly late: number;
  readonly overdue: number;
};

export const COORDINATOR_RECORD_KEYS = [
  'tasks',
  'not_acknowledged',
  'on_time',
  'late',
  'overdue',
] as const satisfies readonly (keyof CoordinatorRecord)[];

export const NO_COORDINATOR_RECORD: CoordinatorRecord = {
  tasks: 0,
  not_acknowledged: 0,
  on_time: 0,
  late: 0,
  overdue: 0,
};

export function sumCoordinatorRecords(all: readonly CoordinatorRecord[]): CoordinatorRecord {
  return Object.fromEntries(
    COORDINATOR_RECORD_KEYS.map((key) => [key, all.reduce((sum, record) => sum + record[key], 0)]),
  ) as unknown as CoordinatorRecord;
}

/**
 * Per coordinating agency: `SELECT agency_id, <record columns>`. `conditionsOf` may refer to
 * the task as `t` and to the part as `p` (p.agency_id).
 */
export function coordinatorRecordSql(
  schema: string,
  params: SqlParams,
  today: string,
  conditionsOf: (params: SqlParams) => string[],
): string {
  const conditions = [`t.status <> 'cancelled'`, ...conditionsOf(params)];
  return `SELECT p.agency_id,
                 count(*)::int AS tasks,
                 count(*) FILTER (WHERE p.state = 'not_acknowledged')::int AS not_acknowledged,
                 count(*) FILTER (WHERE p.contributed_on_time IS TRUE)::int AS on_time,
                 count(*) FILTER (WHERE p.contributed_on_time IS FALSE)::int AS late,
                 count(*) FILTER (WHERE p.first_contribution_on IS NULL
                                    AND t.status IN ('assigned', 'in_progress', 'completed')
                                    AND t.due_date IS NOT NULL AND t.due_date < ${today}::date)::int AS overdue
            FROM ${qualified(schema, 'rm_tasks')} t
           CROSS JOIN LATERAL (
                 SELECT x."agencyId" AS agency_id, x.state, x."firstContributionOn" AS first_contribution_on,
                        x."contributedOnTime" AS contributed_on_time
                   FROM jsonb_to_recordset(t.coordinators)
                     AS x("agencyId" text, state text, "firstContributionOn" date, "contributedOnTime" boolean)) p
           ${whereClause(conditions)}
           GROUP BY p.agency_id`;
}
