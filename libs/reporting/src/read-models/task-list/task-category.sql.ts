import type { TaskStatusCategory } from '@giaoviec/tasks';

/**
 * The SQL twin of `taskStatusCategory` / `isTaskOverdue` (libs/tasks/src/domain/task-status-category.ts),
 * over a row of rm_tasks aliased `t`, with `today` a parameter placeholder holding today's
 * date in Huế. The category depends on today, so it is computed when a query runs, never
 * stored: a task due yesterday is overdue this morning without any new event.
 * task-category.sql.int.spec.ts checks both against the same cases.
 */
/** Today's placeholder, or a function giving it only when a statement needs it (unused parameters are refused). */
export type TodayParam = string | (() => string);
const resolve = (today: TodayParam) => (typeof today === 'string' ? today : today());

const deadline = (t: string) => `COALESCE(${t}.due_date_at_completion, ${t}.due_date)`;
const completedOn = (t: string, today: TodayParam) => `COALESCE(${t}.completed_on, ${resolve(today)}::date)`;
const COMPLETED = `('completed', 'accepted')`;
const OWES_WORK = `('assigned', 'in_progress')`;

export function taskCategorySql(t: string, todayParam: TodayParam): string {
  const today = resolve(todayParam);
  return `(CASE
    WHEN ${t}.status = 'cancelled' THEN 'cancelled'
    WHEN ${t}.status IN ${COMPLETED} THEN
      CASE WHEN ${deadline(t)} IS NULL OR ${completedOn(t, today)} <= ${deadline(t)}
        THEN 'completed_on_time' ELSE 'completed_late' END
    WHEN ${t}.status = 'assigned' THEN 'not_acknowledged'
    WHEN ${t}.due_date IS NOT NULL AND ${today}::date > ${t}.due_date THEN 'in_progress_overdue'
    ELSE 'in_progress_on_time'
  END)`;
}

/** Still owes work (assigned or in progress) and past its due date. */
export function taskOverdueSql(t: string, todayParam: TodayParam): string {
  const today = resolve(todayParam);
  return `(${t}.status IN ${OWES_WORK} AND ${t}.due_date IS NOT NULL AND ${t}.due_date < ${today}::date)`;
}

/**
 * Days past the deadline: for a task still owing work, from the due date to today; for a
 * completed one, from the deadline in force to the completion day; otherwise 0.
 */
/** The deadline `daysOverdueSql` counts from: the one in force at completion for a completed task. */
export function overdueCountedFromSql(t: string): string {
  return `CASE WHEN ${t}.status IN ${COMPLETED} THEN ${deadline(t)} ELSE ${t}.due_date END`;
}

export function daysOverdueSql(t: string, todayParam: TodayParam): string {
  const today = resolve(todayParam);
  return `(CASE
    WHEN ${taskOverdueSql(t, today)} THEN ${today}::date - ${t}.due_date
    WHEN ${t}.status IN ${COMPLETED} AND ${completedOn(t, today)} > ${deadline(t)}
      THEN ${completedOn(t, today)} - ${deadline(t)}
    ELSE 0
  END)`;
}

/**
 * The rows of one category, written so the planner can use the (status, due_date) indexes
 * instead of evaluating the CASE on every row; equivalent to `taskCategorySql(...) = category`.
 */
export function taskCategoryPredicateSql(
  category: TaskStatusCategory,
  t: string,
  todayParam: TodayParam,
): string {
  const today = () => resolve(todayParam);
  switch (category) {
    case 'cancelled':
      return `(${t}.status = 'cancelled')`;
    case 'not_acknowledged':
      return `(${t}.status = 'assigned')`;
    case 'in_progress_on_time':
      return `(${t}.status = 'in_progress' AND (${t}.due_date IS NULL OR ${t}.due_date >= ${today()}::date))`;
    case 'in_progress_overdue':
      return `(${t}.status = 'in_progress' AND ${t}.due_date < ${today()}::date)`;
    case 'completed_on_time':
      return `(${t}.status IN ${COMPLETED} AND (${deadline(t)} IS NULL OR ${completedOn(t, today)} <= ${deadline(t)}))`;
    case 'completed_late':
      return `(${t}.status IN ${COMPLETED} AND ${completedOn(t, today)} > ${deadline(t)})`;
  }
}

/** The complement of `taskOverdueSql`, null-safe. */
export function taskNotOverdueSql(t: string, todayParam: TodayParam): string {
  const today = resolve(todayParam);
  return `(${t}.status NOT IN ${OWES_WORK} OR ${t}.due_date IS NULL OR ${t}.due_date >= ${today}::date)`;
}
