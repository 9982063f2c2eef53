import { Inject, Injectable } from '@nestjs/common';
import type { Clock, LocalDate } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import { READ_MODEL_STORE, type ReadModelStore } from '../../projection/read-model-store';
import { qualified, SqlParams } from '../shared/sql';
import { todayIn } from '../shared/today';
import { taskCategorySql, taskOverdueSql } from '../task-list/task-category.sql';
import {
  COORDINATOR_RECORD_KEYS,
  coordinatorRecordSql,
  NO_COORDINATOR_RECORD,
  sumCoordinatorRecords,
  type CoordinatorRecord,
} from '../dashboard/coordinator-record.sql';
import { DashboardQueries } from '../dashboard/dashboard.queries';
import { rollUpUnits, type CountedAgency } from '../dashboard/unit-roll-up';
import {
  rankScoreboard,
  SCOREBOARD_ORDERING_RULE,
  type LeadPeriodRecord,
  type RankedEntry,
} from './scoreboard-ranking';

export interface AgencyScoreboard {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** "Still overdue" is as of this day in Huế. */
  readonly today: LocalDate;
  readonly orderingRule: string;
  /** In rank order: every agency with a task due in the period as lead or as coordinating agency. */
  readonly agencies: RankedEntry[];
}

const LEAD_KEYS = [
  'due',
  'completed_on_time',
  'completed_late',
  'still_overdue',
  'in_progress',
] as const satisfies readonly (keyof LeadPeriodRecord)[];

const NO_LEAD_RECORD: LeadPeriodRecord = {
  due: 0,
  completed_on_time: 0,
  completed_late: 0,
  still_overdue: 0,
  in_progress: 0,
};

type Records = { readonly lead: LeadPeriodRecord; readonly coordinator: CoordinatorRecord };

const addRecords = (a: Records, b: Records): Records => ({
  lead: Object.fromEntries(LEAD_KEYS.map((key) => [key, a.lead[key] + b.lead[key]])) as LeadPeriodRecord,
  coordinator: sumCoordinatorRecords([a.coordinator, b.coordinator]),
});

/** The deadline a task is judged by: the one in force at completion, or the one in force now. */
const deadlineInForce = (t: string) => `COALESCE(${t}.due_date_at_completion, ${t}.due_date)`;

/**
 * GET /dashboard/agency-scoreboard: per agency, the tasks whose deadline in force falls in
 * [from, to], as lead and as coordinating agency, ranked by SCOREBOARD_ORDERING_RULE. Units
 * are counted in their department, as on the agency dashboard.
 */
@Injectable()
export class AgencyScoreboardQueries {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dashboards: DashboardQueries,
  ) {}

  async scoreboard(filter: {
    readonly from: LocalDate;
    readonly to: LocalDate;
    readonly kind?: string;
  }): Promise<AgencyScoreboard> {
    const today = todayIn(this.clock);
    const inPeriod = (params: SqlParams) =>
      `${deadlineInForce('t')} BETWEEN ${params.add(filter.from)}::date AND ${params.add(filter.to)}::date`;
    const [leadRows, coordinatorRows, hierarchy] = await Promise.all([
      this.store.read<LeadPeriodRecord & { agency_id: string }>((schema) => {
        const params = new SqlParams();
        const day = params.once('today', today);
        return {
          text: `SELECT c.lead_agency_id AS agency_id, count(*)::int AS due,
                        count(*) FILTER (WHERE c.category = 'completed_on_time')::int AS completed_on_time,
                        count(*) FILTER (WHERE c.category = 'completed_late')::int AS completed_late,
                        count(*) FILTER (WHERE c.overdue)::int AS still_overdue,
                        count(*) FILTER (WHERE c.status IN ('assigned', 'in_progress') AND NOT c.overdue)::int AS in_progress
                   FROM (SELECT t.lead_agency_id, t.status, ${taskCategorySql('t', day)} AS category,
                                ${taskOverdueSql('t', day)} AS overdue
                           FROM ${qualified(schema, 'rm_tasks')} t
                          WHERE t.status <> 'cancelled' AND ${inPeriod(params)}) c
                  GROUP BY c.lead_agency_id`,
          values: params.values,
        };
      }),
      this.store.read<CoordinatorRecord & { agency_id: string }>((schema) => {
        const params = new SqlParams();
        const day = params.once('today', today);
        return {
          text: coordinatorRecordSql(schema, params, day, (p) => [inPeriod(p)]),
          values: params.values,
        };
      }),
      this.dashboards.hierarchy(),
    ]);
    const records = new Map<string, Records>();
    for (const row of leadRows) {
      const lead = Object.fromEntries(LEAD_KEYS.map((key) => [key, row[key]])) as LeadPeriodRecord;
      records.set(row.agency_id, { lead, coordinator: NO_COORDINATOR_RECORD });
    }
    for (const row of coordinatorRows) {
      const coordinator = Object.fromEntries(
        COORDINATOR_RECORD_KEYS.map((key) => [key, row[key]]),
      ) as CoordinatorRecord;
      records.set(row.agency_id, { lead: records.get(row.agency_id)?.lead ?? NO_LEAD_RECORD, coordinator });
    }
    const names = await this.namesOf([...records.keys()]);
    const perAgency: CountedAgency<Records>[] = [...records.entries()].map(([agencyId, counts]) => ({
      agencyId,
      agencyName: names.get(agencyId)?.name ?? null,
      shortName: names.get(agencyId)?.short_name ?? null,
      kind: names.get(agencyId)?.kind ?? null,
      counts,
    }));
    const rolledUp = rollUpUnits(perAgency, hierarchy, addRecords).filter(
      (row) => filter.kind === undefined || row.kind === filter.kind,
    );
    return {
      from: filter.from,
      to: filter.to,
      today,
      orderingRule: SCOREBOARD_ORDERING_RULE,
      agencies: rankScoreboard(
        rolledUp.map(({ agencyId, agencyName, shortName, kind, counts }) => ({
          agencyId,
          agencyName,
          shortName,
          kind,
          ...counts,
        })),
      ),
    };
  }

  private async namesOf(agencyIds: readonly string[]) {
    const rows = await this.store.read<{
      agency_id: string;
      name: string | null;
      short_name: string | null;
      kind: string | null;
    }>((schema) => ({
      text: `SELECT agency_id, name, short_name, kind FROM ${qualified(schema, 'rm_agencies')}
              WHERE agency_id = ANY($1::text[])`,
      values: [agencyIds],
    }));
    return new Map(rows.map((row) => [row.agency_id, row]));
  }
}
