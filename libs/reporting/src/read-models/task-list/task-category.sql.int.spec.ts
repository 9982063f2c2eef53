import {
  isTaskOverdue,
  TASK_STATUS_CATEGORIES,
  taskStatusCategory,
  type AssignedTaskStatus,
  type CategorizableTask,
} from '@giaoviec/tasks';
import { daysBetween } from '@giaoviec/kernel';
import { createTestSchema, type TestSchema } from '../../../../../test/support/postgres';
import {
  daysOverdueSql,
  taskCategoryPredicateSql,
  taskCategorySql,
  taskNotOverdueSql,
  taskOverdueSql,
} from './task-category.sql';

/**
 * The SQL twin of the domain's category rules, checked against the domain functions
 * themselves on every combination of status, deadline, completion day and today.
 */
const STATUSES: AssignedTaskStatus[] = ['assigned', 'in_progress', 'completed', 'accepted', 'cancelled'];
const DATES = [null, '2026-06-29', '2026-06-30', '2026-07-01'];
const TODAYS = ['2026-06-29', '2026-06-30', '2026-07-01', '2026-07-02'];

interface Case extends CategorizableTask {
  readonly id: number;
  readonly today: string;
}

const cases: Case[] = [];
for (const status of STATUSES)
  for (const dueDate of DATES)
    for (const completedOn of status === 'completed' || status === 'accepted' ? DATES : [null])
      for (const dueDateAtCompletion of status === 'completed' || status === 'accepted' ? DATES : [null])
        for (const today of TODAYS)
          cases.push({ id: cases.length, status, dueDate, completedOn, dueDateAtCompletion, today });

/** The domain's "days overdue" as the read model defines it, from the same facts. */
function expectedDaysOverdue(task: Case): number {
  if (isTaskOverdue(task, task.today)) return daysBetween(task.dueDate!, task.today);
  const deadline = task.dueDateAtCompletion ?? task.dueDate;
  const category = taskStatusCategory(task, task.today);
  if (category === 'completed_late') return daysBetween(deadline!, task.completedOn ?? task.today);
  return 0;
}

describe('task category SQL', () => {
  let db: TestSchema;
  type Row = {
    id: number;
    category: string;
    overdue: boolean;
    not_overdue: boolean;
    days_overdue: number;
    predicates: string[];
  };
  let rows: Map<number, Row>;

  beforeAll(async () => {
    db = await createTestSchema({ prefix: 'rm_category', poolSize: 1 });
    const predicates = TASK_STATUS_CATEGORIES.map(
      (category) => `CASE WHEN ${taskCategoryPredicateSql(category, 't', 't.today')} THEN '${category}' END`,
    );
    const { rows: result } = await db.pool.query<Row>(
      `SELECT t.id, ${taskCategorySql('t', 't.today')} AS category, ${taskOverdueSql('t', 't.today')} AS overdue,
              ${taskNotOverdueSql('t', 't.today')} AS not_overdue, ${daysOverdueSql('t', 't.today')} AS days_overdue,
              array_remove(ARRAY[${predicates.join(', ')}], NULL) AS predicates
         FROM jsonb_to_recordset($1::jsonb)
           AS t(id int, status text, due_date date, completed_on date, due_date_at_completion date, today date)`,
      [
        JSON.stringify(
          cases.map((c) => ({
            id: c.id,
            status: c.status,
            due_date: c.dueDate,
            completed_on: c.completedOn,
            due_date_at_completion: c.dueDateAtCompletion,
            today: c.today,
          })),
        ),
      ],
    );
    rows = new Map(result.map((row) => [row.id, row]));
  });
  afterAll(() => db.drop());

  it(`covers ${cases.length} cases`, () => {
    expect(rows.size).toBe(cases.length);
  });

  it('gives the category taskStatusCategory gives, and exactly one category predicate matches it', () => {
    const mismatches = cases.flatMap((task) => {
      const expected = taskStatusCategory(task, task.today);
      const row = rows.get(task.id)!;
      return row.category === expected && row.predicates.length === 1 && row.predicates[0] === expected
        ? []
        : [{ task, expected, sql: row.category, predicates: row.predicates }];
    });
    expect(mismatches).toEqual([]);
  });

  it('says overdue exactly when isTaskOverdue does, and "not overdue" is its complement', () => {
    const mismatches = cases.filter((task) => {
      const row = rows.get(task.id)!;
      const expected = isTaskOverdue(task, task.today);
      return row.overdue !== expected || row.not_overdue === expected;
    });
    expect(mismatches).toEqual([]);
  });

  it('counts the days past the deadline', () => {
    const mismatches = cases.filter((task) => rows.get(task.id)!.days_overdue !== expectedDaysOverdue(task));
    expect(mismatches).toEqual([]);
  });
});
