import { Inject, Injectable } from '@nestjs/common';
import type { Clock, LocalDate } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import type { EscalationLevel } from '@giaoviec/tasks';
import { READ_MODEL_STORE, type ReadModelStore } from '../../projection/read-model-store';
import { DEFAULT_PAGE_SIZE, type AgencyParticipation } from '../shared/read-model.requests';
import { isoDate, qualified, SqlParams } from '../shared/sql';
import { todayIn } from '../shared/today';
import { workingDaysOverdue } from '../shared/working-days-overdue';
import { taskOverdueSql } from '../task-list/task-category.sql';
import { taskScopeConditions, whereClause } from '../task-list/task-filters.sql';

export interface OverdueBoardFilter {
  readonly scopeAgencyIds?: readonly string[];
  readonly agencyId?: string;
  readonly participation?: AgencyParticipation;
  readonly planId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface OverdueTask {
  readonly taskId: string;
  readonly planId: string;
  readonly planNumber: string | null;
  readonly code: string | null;
  readonly title: string;
  readonly leadAgencyId: string;
  readonly leadAgencyName: string | null;
  readonly coordinatingAgencyIds: readonly string[];
  /** Not acknowledged yet, or in progress. */
  readonly acknowledged: boolean;
  readonly dueDate: LocalDate;
  readonly daysOverdue: number;
  /** The same in working days (weekends, holidays and days off not counted). */
  readonly workingDaysOverdue: number;
  readonly lastReport: {
    readonly on: LocalDate;
    readonly summary: string | null;
    readonly percentComplete: number | null;
    readonly agencyId: string | null;
  } | null;
  readonly lastReminder: {
    readonly on: LocalDate;
    readonly at: string | null;
    readonly kind: string | null;
    readonly channel: string | null;
  } | null;
  readonly escalationLevel: EscalationLevel | null;
  readonly escalatedOn: LocalDate | null;
  readonly groupId: string | null;
  readonly version: number;
}

export interface OverdueBoard {
  readonly today: LocalDate;
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: OverdueTask[];
}

type OverdueRow = {
  task_id: string;
  plan_id: string;
  plan_number: string | null;
  code: string | null;
  title: string;
  lead_agency_id: string;
  lead_agency_name: string | null;
  coordinating_agency_ids: string[];
  acknowledged: boolean;
  due_date: string;
  days_overdue: number;
  last_progress_on: string | null;
  last_report_summary: string | null;
  last_percent_complete: number | null;
  last_report_agency_id: string | null;
  last_reminder_on: string | null;
  last_reminder_at: string | null;
  last_reminder_kind: string | null;
  last_reminder_channel: string | null;
  escalation_level: EscalationLevel | null;
  escalated_on: string | null;
  group_id: string | null;
  version: number;
};

/**
 * GET /dashboard/overdue: the standing office's chasing list. Every task still owing work
 * (acknowledged or not) past its due date today, most overdue first.
 */
@Injectable()
export class OverdueBoardQueries {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async board(filter: OverdueBoardFilter): Promise<OverdueBoard> {
    const today = todayIn(this.clock);
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const offset = filter.offset ?? 0;
    const conditions = (params: SqlParams) => [
      taskOverdueSql('t', params.once('today', today)),
      ...taskScopeConditions('t', params, filter),
    ];
    const [rows, counted] = await Promise.all([
      this.store.read<OverdueRow>((schema) => {
        const params = new SqlParams();
        const day = params.once('today', today);
        return {
          text: `SELECT t.task_id, t.plan_id, p.number AS plan_number, t.code, t.title, t.lead_agency_id,
                        a.name AS lead_agency_name, t.coordinating_agency_ids, t.acknowledged,
                        ${isoDate('t.due_date')} AS due_date, (${day}::date - t.due_date) AS days_overdue,
                        ${isoDate('t.last_progress_on')} AS last_progress_on, t.last_report_summary,
                        t.last_percent_complete, t.last_report_agency_id,
                        ${isoDate('t.last_reminder_on')} AS last_reminder_on,
                        to_char(t.last_reminder_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last_reminder_at,
                        t.last_reminder_kind, t.last_reminder_channel, t.escalation_level,
                        ${isoDate('t.escalated_on')} AS escalated_on, t.group_id, t.version
                   FROM ${qualified(schema, 'rm_tasks')} t
                   LEFT JOIN ${qualified(schema, 'rm_plans')} p ON p.plan_id = t.plan_id
                   LEFT JOIN ${qualified(schema, 'rm_agencies')} a ON a.agency_id = t.lead_agency_id
                   ${whereClause(conditions(params))}
                  ORDER BY t.due_date, t.code_sort, t.task_id
                  LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
          values: params.values,
        };
      }),
      this.store.read<{ total: number }>((schema) => {
        const params = new SqlParams();
        return {
          text: `SELECT count(*)::int AS total FROM ${qualified(schema, 'rm_tasks')} t
                 ${whereClause(conditions(params))}`,
          values: params.values,
        };
      }),
    ]);
    return { today, total: counted[0]?.total ?? 0, limit, offset, items: rows.map(toItem) };
  }
}

function toItem(row: OverdueRow): OverdueTask {
  return {
    taskId: row.task_id,
    planId: row.plan_id,
    planNumber: row.plan_number,
    code: row.code,
    title: row.title,
    leadAgencyId: row.lead_agency_id,
    leadAgencyName: row.lead_agency_name,
    coordinatingAgencyIds: row.coordinating_agency_ids,
    acknowledged: row.acknowledged,
    dueDate: row.due_date,
    daysOverdue: row.days_overdue,
    workingDaysOverdue: workingDaysOverdue(row.due_date, row.days_overdue),
    lastReport:
      row.last_progress_on === null
        ? null
        : {
            on: row.last_progress_on,
            summary: row.last_report_summary,
            percentComplete: row.last_percent_complete,
            agencyId: row.last_report_agency_id,
          },
    lastReminder:
      row.last_reminder_on === null
        ? null
        : {
            on: row.last_reminder_on,
            at: row.last_reminder_at,
            kind: row.last_reminder_kind,
            channel: row.last_reminder_channel,
          },
    escalationLevel: row.escalation_level,
    escalatedOn: row.escalated_on,
    groupId: row.group_id,
    version: row.version,
  };
}
