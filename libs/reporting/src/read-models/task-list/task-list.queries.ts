import { Inject, Injectable } from '@nestjs/common';
import type { Clock, LocalDate } from '@giaoviec/kernel';
import { CLOCK, invalidField } from '@giaoviec/platform';
import type {
  CoordinationState,
  EscalationLevel,
  RecurrencePeriod,
  TaskStatus,
  TaskStatusCategory,
} from '@giaoviec/tasks';
import { READ_MODEL_STORE, type ReadModelStore } from '../../projection/read-model-store';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { DEFAULT_PAGE_SIZE, type AgencyParticipation } from '../shared/read-model.requests';
import { isoDate, qualified, SqlParams } from '../shared/sql';
import { todayIn } from '../shared/today';
import { workingDaysOverdue } from '../shared/working-days-overdue';
import {
  daysOverdueSql,
  overdueCountedFromSql,
  taskCategoryPredicateSql,
  taskCategorySql,
  taskNotOverdueSql,
  taskOverdueSql,
} from './task-category.sql';
import { taskScopeConditions, whereClause } from './task-filters.sql';
import { matchesEveryWordSql } from '../shared/folded-search.sql';
import { sectionMatchSql } from './task-section.sql';

export interface TaskListFilter {
  /** Set when the actor may read only its own agency's tasks (leads or coordinates). */
  readonly scopeAgencyIds?: readonly string[];
  readonly agencyId?: string;
  readonly participation?: AgencyParticipation;
  readonly planId?: string;
  readonly category?: TaskStatusCategory;
  readonly overdue?: boolean;
  readonly groupId?: string;
  /** Awaiting the standing office: an extension request to decide, or a completion to review. */
  readonly pending?: TaskPending;
  /** Words that must all appear in the code, title, plan number or quoted source (accents and case ignored). */
  readonly search?: string;
  /** The plan section ('III.5'): tasks of that section and its sub-sections, by code or source. */
  readonly section?: string;
  readonly dueFrom?: LocalDate;
  readonly dueTo?: LocalDate;
  readonly sort?: TaskListSort;
  readonly limit?: number;
  readonly offset?: number;
  readonly cursor?: string;
}

export const TASK_LIST_SORTS = ['dueDate', '-dueDate', 'daysOverdue', 'code'] as const;
export type TaskListSort = (typeof TASK_LIST_SORTS)[number];

/** ORDER BY per sort; each ends in task_id so pages never overlap. dueDate is the keyset order. */
const ORDER_BY: Record<TaskListSort, (day: string) => string> = {
  dueDate: () => `COALESCE(t.due_date, 'infinity'::date), t.code_sort, t.task_id`,
  '-dueDate': () => `t.due_date DESC NULLS LAST, t.code_sort, t.task_id`,
  daysOverdue: (day) =>
    `${daysOverdueSql('t', day)} DESC, COALESCE(t.due_date, 'infinity'::date), t.code_sort, t.task_id`,
  code: () => `p.number NULLS LAST, t.code_sort, t.task_id`,
};

export const TASK_PENDING = ['extension', 'review'] as const;
export type TaskPending = (typeof TASK_PENDING)[number];

/** An extension request awaiting a decision. */
export interface PendingExtensionItem {
  readonly requestId: string;
  readonly requestedDueDate: LocalDate;
  readonly reason: string | null;
  readonly requestedOn: LocalDate | null;
}

/** The period a recurring report owes now, with its deadline (which is also the task's due date). */
export interface PeriodInHandItem extends RecurrencePeriod {
  readonly dueDate: LocalDate;
}

/** A coordinating agency's part, as the list shows it. */
export interface CoordinatorItem {
  readonly agencyId: string;
  readonly state: CoordinationState;
  readonly lastContributionOn: LocalDate | null;
  readonly contributedOnTime: boolean | null;
}

export interface TaskListItem {
  readonly taskId: string;
  readonly planId: string;
  readonly planNumber: string | null;
  readonly code: string | null;
  readonly title: string;
  readonly leadAgencyId: string;
  readonly leadAgencyName: string | null;
  readonly coordinatingAgencyIds: readonly string[];
  readonly coordinators: readonly CoordinatorItem[];
  readonly status: Exclude<TaskStatus, 'not_assigned'>;
  readonly acknowledged: boolean;
  readonly dueDate: LocalDate | null;
  readonly dueDateIsPeriodEnd: boolean;
  readonly completedOn: LocalDate | null;
  readonly category: TaskStatusCategory;
  readonly overdue: boolean;
  readonly daysOverdue: number;
  /** The same lateness in working days (weekends, holidays and days off not counted). */
  readonly workingDaysOverdue: number;
  readonly lastProgressOn: LocalDate | null;
  readonly lastPercentComplete: number | null;
  readonly escalationLevel: EscalationLevel | null;
  readonly groupId: string | null;
  readonly pendingExtension: PendingExtensionItem | null;
  /** Null for a task that does not recur, or once its recurrence ended. */
  readonly periodInHand: PeriodInHandItem | null;
  /** The deadline given at assignment; dueDate is the one in force. */
  readonly originalDueDate: LocalDate | null;
  /** Extensions granted. */
  readonly extensionCount: number;
  readonly version: number;
}

export interface TaskListPage {
  /** The day in Huế the categories were computed for. */
  readonly today: LocalDate;
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
  readonly items: TaskListItem[];
}

interface TaskCursor {
  readonly d: LocalDate | null;
  readonly c: string;
  readonly t: string;
}

const isTaskCursor = (value: unknown): value is TaskCursor => {
  const v = value as Partial<TaskCursor> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.d === null || (typeof v.d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.d))) &&
    typeof v.c === 'string' &&
    typeof v.t === 'string'
  );
};

type TaskListRow = {
  task_id: string;
  plan_id: string;
  plan_number: string | null;
  code: string | null;
  code_sort: string;
  title: string;
  lead_agency_id: string;
  lead_agency_name: string | null;
  coordinating_agency_ids: string[];
  status: TaskListItem['status'];
  acknowledged: boolean;
  due_date: string | null;
  due_date_is_period_end: boolean;
  completed_on: string | null;
  category: TaskStatusCategory;
  overdue: boolean;
  days_overdue: number;
  overdue_counted_from: string | null;
  last_progress_on: string | null;
  last_percent_complete: number | null;
  escalation_level: EscalationLevel | null;
  group_id: string | null;
  pending_extension_request_id: string | null;
  pending_extension_due_date: string | null;
  pending_extension_reason: string | null;
  pending_extension_requested_on: string | null;
  period_in_hand: RecurrencePeriod | null;
  original_due_date: string | null;
  extension_count: number;
  coordinators: CoordinatorItem[];
  version: number;
};

/** GET /tasks: the tasks of the plans, filtered, sorted by due date (nulls last) then plan item number. */
@Injectable()
export class TaskListQueries {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(filter: TaskListFilter): Promise<TaskListPage> {
    if (filter.cursor !== undefined && filter.offset !== undefined && filter.offset > 0) {
      throw invalidField('cursor', 'notWithOffset', 'cursor and offset cannot be used together');
    }
    const sort = filter.sort ?? 'dueDate';
    if (filter.cursor !== undefined && sort !== 'dueDate') {
      throw invalidField(
        'cursor',
        'onlyWithDueDateSort',
        'cursor paging only follows sort=dueDate; use offset',
      );
    }
    if (filter.dueFrom !== undefined && filter.dueTo !== undefined && filter.dueFrom > filter.dueTo) {
      throw invalidField('dueFrom', 'notAfterDueTo', 'dueFrom must not be later than dueTo');
    }
    const today = todayIn(this.clock);
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const offset = filter.cursor === undefined ? (filter.offset ?? 0) : 0;
    const cursor = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, isTaskCursor);

    const [rows, counted] = await Promise.all([
      this.store.read<TaskListRow>((schema) => {
        const params = new SqlParams();
        const day = params.once('today', today);
        const conditions = this.conditions(filter, params, today);
        if (cursor) {
          conditions.push(
            `(COALESCE(t.due_date, 'infinity'::date), t.code_sort, t.task_id) >
             (COALESCE(${params.add(cursor.d)}::date, 'infinity'::date), ${params.add(cursor.c)} COLLATE "C", ${params.add(cursor.t)})`,
          );
        }
        return {
          text: `SELECT t.task_id, t.plan_id, p.number AS plan_number, t.code, t.code_sort, t.title,
                        t.lead_agency_id, a.name AS lead_agency_name, t.coordinating_agency_ids, t.status,
                        t.acknowledged, ${isoDate('t.due_date')} AS due_date, t.due_date_is_period_end,
                        ${isoDate('t.completed_on')} AS completed_on, ${taskCategorySql('t', day)} AS category,
                        ${taskOverdueSql('t', day)} AS overdue, ${daysOverdueSql('t', day)} AS days_overdue,
                        ${isoDate(overdueCountedFromSql('t'))} AS overdue_counted_from,
                        ${isoDate('t.last_progress_on')} AS last_progress_on, t.last_percent_complete,
                        t.escalation_level, t.group_id, t.pending_extension_request_id,
                        ${isoDate('t.pending_extension_due_date')} AS pending_extension_due_date,
                        t.pending_extension_reason,
                        ${isoDate('t.pending_extension_requested_on')} AS pending_extension_requested_on, t.period_in_hand,
                        ${isoDate('t.original_due_date')} AS original_due_date, t.extension_count,
                        t.coordinators, t.version
                   FROM ${qualified(schema, 'rm_tasks')} t
                   LEFT JOIN ${qualified(schema, 'rm_plans')} p ON p.plan_id = t.plan_id
                   LEFT JOIN ${qualified(schema, 'rm_agencies')} a ON a.agency_id = t.lead_agency_id
                   ${whereClause(conditions)}
                  ORDER BY ${ORDER_BY[sort](day)}
                  LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
          values: params.values,
        };
      }),
      this.store.read<{ total: number }>((schema) => {
        const params = new SqlParams();
        return {
          text: `SELECT count(*)::int AS total FROM ${qualified(schema, 'rm_tasks')} t
                 LEFT JOIN ${qualified(schema, 'rm_plans')} p ON p.plan_id = t.plan_id
                 ${whereClause(this.conditions(filter, params, today))}`,
          values: params.values,
        };
      }),
    ]);

    const last = rows.length === limit ? rows[rows.length - 1] : undefined;
    return {
      today,
      total: counted[0]?.total ?? 0,
      limit,
      offset,
      nextCursor: last ? encodeCursor({ d: last.due_date, c: last.code_sort, t: last.task_id }) : null,
      items: rows.map(toItem),
    };
  }

  private conditions(filter: TaskListFilter, params: SqlParams, today: LocalDate): string[] {
    const day = () => params.once('today', today);
    const conditions = taskScopeConditions('t', params, filter);
    if (filter.category !== undefined) conditions.push(taskCategoryPredicateSql(filter.category, 't', day));
    if (filter.overdue === true) conditions.push(taskOverdueSql('t', day));
    if (filter.overdue === false) conditions.push(taskNotOverdueSql('t', day));
    if (filter.groupId !== undefined) conditions.push(`t.group_id = ${params.add(filter.groupId)}`);
    if (filter.pending === 'extension') conditions.push('t.pending_extension_request_id IS NOT NULL');
    if (filter.pending === 'review') conditions.push(`t.status = 'completed'`);
    if (filter.dueFrom !== undefined) conditions.push(`t.due_date >= ${params.add(filter.dueFrom)}::date`);
    if (filter.dueTo !== undefined) conditions.push(`t.due_date <= ${params.add(filter.dueTo)}::date`);
    if (filter.search !== undefined) {
      const matches = matchesEveryWordSql(
        ['t.code', 't.title', 'p.number', 't.source_section', 't.source_quoted_text'],
        params,
        filter.search,
      );
      if (matches) conditions.push(matches);
    }
    if (filter.section !== undefined) conditions.push(sectionMatchSql('t', params, filter.section));
    return conditions;
  }
}

function toItem(row: TaskListRow): TaskListItem {
  return {
    taskId: row.task_id,
    planId: row.plan_id,
    planNumber: row.plan_number,
    code: row.code,
    title: row.title,
    leadAgencyId: row.lead_agency_id,
    leadAgencyName: row.lead_agency_name,
    coordinatingAgencyIds: row.coordinating_agency_ids,
    coordinators: row.coordinators.map(({ agencyId, state, lastContributionOn, contributedOnTime }) => ({
      agencyId,
      state,
      lastContributionOn,
      contributedOnTime,
    })),
    status: row.status,
    acknowledged: row.acknowledged,
    dueDate: row.due_date,
    dueDateIsPeriodEnd: row.due_date_is_period_end,
    completedOn: row.completed_on,
    category: row.category,
    overdue: row.overdue,
    daysOverdue: row.days_overdue,
    workingDaysOverdue: workingDaysOverdue(row.overdue_counted_from, row.days_overdue),
    lastProgressOn: row.last_progress_on,
    lastPercentComplete: row.last_percent_complete,
    escalationLevel: row.escalation_level,
    groupId: row.group_id,
    pendingExtension:
      row.pending_extension_request_id !== null && row.pending_extension_due_date !== null
        ? {
            requestId: row.pending_extension_request_id,
            requestedDueDate: row.pending_extension_due_date,
            reason: row.pending_extension_reason,
            requestedOn: row.pending_extension_requested_on,
          }
        : null,
    periodInHand:
      row.period_in_hand !== null && row.due_date !== null
        ? { ...row.period_in_hand, dueDate: row.due_date }
        : null,
    originalDueDate: row.original_due_date,
    extensionCount: row.extension_count,
    version: row.version,
  };
}
