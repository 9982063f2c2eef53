import { Inject, Injectable } from '@nestjs/common';
import { notFound, type Clock, type LocalDate } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import { TASK_STATUS_CATEGORIES, type TaskStatusCategory } from '@giaoviec/tasks';
import { READ_MODEL_STORE, type ReadModelStore } from '../../projection/read-model-store';
import { isoDate, qualified, SqlParams } from '../shared/sql';
import { SharedReads } from '../shared/shared-reads';
import { todayIn } from '../shared/today';
import { taskCategorySql, taskOverdueSql } from '../task-list/task-category.sql';
import { agencyParticipationSql, whereClause } from '../task-list/task-filters.sql';
import { rollUpUnits, unitsBelow, type AgencyInHierarchy, type CountedAgency } from './unit-roll-up';
import {
  COORDINATOR_RECORD_KEYS,
  coordinatorRecordSql,
  sumCoordinatorRecords,
  type CoordinatorRecord,
} from './coordinator-record.sql';

/** Tasks counted in the categories of Vietnamese government reports, plus the total and the overdue ones. */
export type CategoryCounts = Record<TaskStatusCategory, number> & {
  readonly total: number;
  /** Still owing work past the due date: in progress overdue plus the overdue among not acknowledged. */
  readonly overdue: number;
} & DeadlineCounts;

/** Deadlines judged both ways: against the one in force, and against the one first given. */
export interface DeadlineCounts {
  /** Tasks given at least one extension. */
  readonly extended: number;
  /** Extensions granted, in all. */
  readonly extensions_granted: number;
  /** Completed on time against the deadline in force (the same tasks as completed_on_time). */
  readonly completed_on_time_in_force: number;
  /** Completed on time against the deadline given at assignment. */
  readonly completed_on_time_original: number;
}

const DEADLINE_COUNT_KEYS = [
  'extended',
  'extensions_granted',
  'completed_on_time_in_force',
  'completed_on_time_original',
] as const satisfies readonly (keyof DeadlineCounts)[];

/** The rm_tasks columns of a task `t` that DEADLINE_COUNT_COLUMNS counts with. */
const deadlineFactsSql = (t: string) =>
  `${t}.extension_count, ${t}.completed_on_time, ${t}.completed_on_time_original`;

/** A lead agency's figures; a department's include its units', listed under `units`. */
export type AgencyCounts = CountedAgency<CategoryCounts>;

/** An agency's record as a coordinating agency (phối hợp); a department's includes its units'. */
export type AgencyCoordinatorRecord = CountedAgency<CoordinatorRecord>;

export interface AgencyDashboard {
  readonly today: LocalDate;
  readonly totals: CategoryCounts;
  /** One row per lead agency (chủ trì) with at least one task, its units rolled into it. */
  readonly agencies: AgencyCounts[];
  /** The same agencies' records as coordinating agencies, apart from their records as lead. */
  readonly coordinatorTotals: CoordinatorRecord;
  /** One row per agency coordinating at least one task (not cancelled), its units rolled into it. */
  readonly coordinators: AgencyCoordinatorRecord[];
}

export interface SectionCounts {
  /** The first levels of the plan item number, e.g. 'III.1'; null for tasks without a number. */
  readonly section: string | null;
  readonly counts: CategoryCounts;
}

/** A task given to every commune, tracked as "27 of 40 done". */
export interface GroupProgress {
  readonly groupId: string;
  readonly code: string | null;
  readonly title: string;
  /** Completed (awaiting review or accepted). */
  readonly done: number;
  /** Not cancelled. */
  readonly total: number;
  readonly overdue: number;
  readonly cancelled: number;
}

export interface PlanDashboard {
  readonly today: LocalDate;
  readonly plan: {
    readonly planId: string;
    /** Null when the source gives no number. */
    readonly number: string | null;
    readonly title: string;
    readonly status: string;
    /** Null when the source gives no date of issue. */
    readonly issuedOn: LocalDate | null;
    readonly periodFrom: LocalDate | null;
    readonly periodTo: LocalDate | null;
  };
  readonly totals: CategoryCounts;
  readonly sections: SectionCounts[];
  readonly agencies: AgencyCounts[];
  readonly groups: GroupProgress[];
}

export interface DashboardScope {
  /** Set when the actor may read only its own agency's tasks (a head: its own and its units'). */
  readonly scopeAgencyIds?: readonly string[];
}

type CountColumns = Record<TaskStatusCategory | 'total' | 'overdue' | keyof DeadlineCounts, number>;

/** `count(*) FILTER (...)` per category over a derived table `c` with columns category and overdue. */
const COUNT_COLUMNS = [
  ...TASK_STATUS_CATEGORIES.map(
    (category) => `count(*) FILTER (WHERE c.category = '${category}')::int AS ${category}`,
  ),
  'count(*)::int AS total',
  'count(*) FILTER (WHERE c.overdue)::int AS overdue',
  'count(*) FILTER (WHERE c.extension_count > 0)::int AS extended',
  'COALESCE(sum(c.extension_count), 0)::int AS extensions_granted',
  'count(*) FILTER (WHERE c.completed_on_time)::int AS completed_on_time_in_force',
  'count(*) FILTER (WHERE c.completed_on_time_original)::int AS completed_on_time_original',
].join(', ');

const COUNT_KEYS = [...TASK_STATUS_CATEGORIES, 'total', 'overdue', ...DEADLINE_COUNT_KEYS] as const;

function countsOf(row: CountColumns): CategoryCounts {
  return Object.fromEntries(COUNT_KEYS.map((key) => [key, row[key]])) as unknown as CategoryCounts;
}

function sumCounts(all: readonly CategoryCounts[]): CategoryCounts {
  return Object.fromEntries(
    COUNT_KEYS.map((key) => [key, all.reduce((sum, counts) => sum + counts[key], 0)]),
  ) as unknown as CategoryCounts;
}

/** How per-agency rows are shown: units rolled up within `within` (a scoped actor's agencies), `kind` filtering. */
interface AgencyRowOptions {
  readonly hierarchy: readonly AgencyInHierarchy[];
  readonly kind?: string;
  readonly within?: readonly string[];
}

/** rm_agencies' columns joined to a per-agency count. */
type NamedAgencyColumns = {
  agency_id: string;
  name: string | null;
  short_name: string | null;
  kind: string | null;
};

/**
 * The Steering Committee's dashboards: per lead agency, and per plan (by section of the plan,
 * by agency, and the fan-out groups). Categories are computed for today in Huế.
 */
@Injectable()
export class DashboardQueries {
  /** At national scale a dashboard counts a million tasks: people opening it together share one count. */
  private readonly agencyDashboards = new SharedReads<AgencyDashboard>();
  private readonly planDashboards = new SharedReads<PlanDashboard>();

  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** GET /dashboard/agencies. An agency-scoped actor sees its own agency's row only. */
  async byAgency(
    filter: DashboardScope & { readonly planId?: string; readonly agencyId?: string; readonly kind?: string },
  ): Promise<AgencyDashboard> {
    const today = todayIn(this.clock);
    const key = JSON.stringify([today, filter.scopeAgencyIds, filter.agencyId, filter.planId, filter.kind]);
    return this.agencyDashboards.run(key, await this.store.position(), () =>
      this.computeByAgency(today, filter),
    );
  }

  /** GET /dashboard/plans/:planId. An agency-scoped actor's counts cover the tasks it leads or coordinates. */
  async byPlan(
    planId: string,
    filter: DashboardScope & { readonly sectionDepth?: number },
  ): Promise<PlanDashboard> {
    const today = todayIn(this.clock);
    const key = JSON.stringify([today, planId, filter.scopeAgencyIds, filter.sectionDepth ?? 2]);
    return this.planDashboards.run(key, await this.store.position(), () =>
      this.computeByPlan(today, planId, filter),
    );
  }

  private async computeByAgency(
    today: LocalDate,
    filter: DashboardScope & { readonly planId?: string; readonly agencyId?: string; readonly kind?: string },
  ): Promise<AgencyDashboard> {
    const hierarchy = await this.hierarchy();
    // An agency asked for is counted with its units, rolled up to it and no further.
    const asked =
      filter.agencyId === undefined
        ? undefined
        : [filter.agencyId, ...unitsBelow(filter.agencyId, hierarchy)];
    const agencies = await this.agencyCounts(
      today,
      (params) => {
        const conditions: string[] = [];
        if (filter.scopeAgencyIds !== undefined)
          conditions.push(`t.lead_agency_id = ANY(${params.add(filter.scopeAgencyIds)}::text[])`);
        if (asked !== undefined) conditions.push(`t.lead_agency_id = ANY(${params.add(asked)}::text[])`);
        if (filter.planId !== undefined) conditions.push(`t.plan_id = ${params.add(filter.planId)}`);
        return conditions;
      },
      { hierarchy, kind: filter.kind, within: asked ?? filter.scopeAgencyIds },
    );
    const coordinators = await this.coordinatorRecords(
      today,
      (params) => {
        const conditions: string[] = [];
        if (filter.scopeAgencyIds !== undefined)
          conditions.push(`p.agency_id = ANY(${params.add(filter.scopeAgencyIds)}::text[])`);
        if (asked !== undefined) conditions.push(`p.agency_id = ANY(${params.add(asked)}::text[])`);
        if (filter.planId !== undefined) conditions.push(`t.plan_id = ${params.add(filter.planId)}`);
        return conditions;
      },
      { hierarchy, kind: filter.kind, within: asked ?? filter.scopeAgencyIds },
    );
    return {
      today,
      totals: sumCounts(agencies.map((agency) => agency.counts)),
      agencies,
      coordinatorTotals: sumCoordinatorRecords(coordinators.map((agency) => agency.counts)),
      coordinators,
    };
  }

  /** Per coordinating agency, named and rolled up like the lead agencies' rows. */
  async coordinatorRecords(
    today: LocalDate,
    conditionsOf: (params: SqlParams) => string[],
    options: AgencyRowOptions,
  ): Promise<AgencyCoordinatorRecord[]> {
    const rows = await this.store.read<CoordinatorRecord & NamedAgencyColumns>((schema) => {
      const params = new SqlParams();
      const day = params.once('today', today);
      return {
        text: `SELECT g.*, a.name, a.short_name, a.kind
                 FROM (${coordinatorRecordSql(schema, params, day, conditionsOf)}) g
                 LEFT JOIN ${qualified(schema, 'rm_agencies')} a ON a.agency_id = g.agency_id
                ORDER BY a.name NULLS LAST, g.agency_id`,
        values: params.values,
      };
    });
    return this.namedAndRolledUp(
      rows.map((row) => ({
        agencyId: row.agency_id,
        agencyName: row.name,
        shortName: row.short_name,
        kind: row.kind,
        counts: Object.fromEntries(
          COORDINATOR_RECORD_KEYS.map((key) => [key, row[key]]),
        ) as unknown as CoordinatorRecord,
      })),
      (a, b) => sumCoordinatorRecords([a, b]),
      options,
    );
  }

  private async computeByPlan(
    today: LocalDate,
    planId: string,
    filter: DashboardScope & { readonly sectionDepth?: number },
  ): Promise<PlanDashboard> {
    const depth = filter.sectionDepth ?? 2;
    const [plan] = await this.store.read<{
      plan_id: string;
      number: string;
      title: string;
      status: string;
      issued_on: string | null;
      period_from: string | null;
      period_to: string | null;
    }>((schema) => ({
      text: `SELECT plan_id, number, title, status, ${isoDate('issued_on')} AS issued_on,
                    ${isoDate('period_from')} AS period_from, ${isoDate('period_to')} AS period_to
               FROM ${qualified(schema, 'rm_plans')} WHERE plan_id = $1`,
      values: [planId],
    }));
    if (!plan) throw notFound('plan.not_found', `Plan ${planId} has not been issued.`, { planId });

    const planConditions = (params: SqlParams) => {
      const conditions = [`t.plan_id = ${params.add(planId)}`];
      if (filter.scopeAgencyIds !== undefined)
        conditions.push(agencyParticipationSql('t', filter.scopeAgencyIds, params, 'any'));
      return conditions;
    };

    const [sections, agencies, groups] = await Promise.all([
      this.store.read<CountColumns & { section: string | null }>((schema) => {
        const params = new SqlParams();
        const day = params.once('today', today);
        const conditions = planConditions(params);
        return {
          text: `SELECT c.section, ${COUNT_COLUMNS}
                   FROM (SELECT CASE WHEN t.code IS NULL THEN NULL
                                     ELSE array_to_string((string_to_array(t.code, '.'))[1:${params.add(depth)}::int], '.') END AS section,
                                t.code_sort, ${taskCategorySql('t', day)} AS category, ${taskOverdueSql('t', day)} AS overdue,
                                ${deadlineFactsSql('t')}
                           FROM ${qualified(schema, 'rm_tasks')} t ${whereClause(conditions)}) c
                  GROUP BY c.section
                  ORDER BY min(c.code_sort), c.section`,
          values: params.values,
        };
      }),
      this.hierarchy().then((hierarchy) =>
        this.agencyCounts(today, planConditions, { hierarchy, within: filter.scopeAgencyIds }),
      ),
      this.store.read<{
        group_id: string;
        code: string | null;
        title: string;
        done: number;
        total: number;
        overdue: number;
        cancelled: number;
      }>((schema) => {
        const params = new SqlParams();
        const day = params.once('today', today);
        const conditions = planConditions(params);
        return {
          text: `SELECT g.group_id, g.code, g.title,
                        count(*) FILTER (WHERE t.status IN ('completed', 'accepted'))::int AS done,
                        count(*) FILTER (WHERE t.status <> 'cancelled')::int AS total,
                        count(*) FILTER (WHERE ${taskOverdueSql('t', day)})::int AS overdue,
                        count(*) FILTER (WHERE t.status = 'cancelled')::int AS cancelled
                   FROM ${qualified(schema, 'rm_task_groups')} g
                   JOIN ${qualified(schema, 'rm_tasks')} t ON t.group_id = g.group_id
                   ${whereClause([`g.plan_id = t.plan_id`, ...conditions])}
                  GROUP BY g.group_id, g.code, g.title
                  ORDER BY min(t.code_sort), g.title, g.group_id`,
          values: params.values,
        };
      }),
    ]);

    const sectionCounts = sections.map((row) => ({ section: row.section, counts: countsOf(row) }));
    return {
      today,
      plan: {
        planId: plan.plan_id,
        number: plan.number,
        title: plan.title,
        status: plan.status,
        issuedOn: plan.issued_on,
        periodFrom: plan.period_from,
        periodTo: plan.period_to,
      },
      totals: sumCounts(sectionCounts.map((section) => section.counts)),
      sections: sectionCounts,
      agencies,
      groups: groups.map((row) => ({
        groupId: row.group_id,
        code: row.code,
        title: row.title,
        done: row.done,
        total: row.total,
        overdue: row.overdue,
        cancelled: row.cancelled,
      })),
    };
  }

  /** The agencies that have a parent or are one: a few dozen rows, whatever the number of tasks. */
  async hierarchy(): Promise<AgencyInHierarchy[]> {
    const rows = await this.store.read<{
      agency_id: string;
      parent_agency_id: string | null;
      name: string | null;
      short_name: string | null;
      kind: string | null;
    }>((schema) => {
      const agencies = qualified(schema, 'rm_agencies');
      return {
        text: `SELECT agency_id, parent_agency_id, name, short_name, kind FROM ${agencies}
                WHERE parent_agency_id IS NOT NULL
                   OR agency_id IN (SELECT parent_agency_id FROM ${agencies} WHERE parent_agency_id IS NOT NULL)`,
        values: [],
      };
    });
    return rows.map((row) => ({
      agencyId: row.agency_id,
      parentAgencyId: row.parent_agency_id,
      name: row.name,
      shortName: row.short_name,
      kind: row.kind,
    }));
  }

  /** Per lead agency, units rolled into their department (within `within` when the actor is scoped); `kind` filters the rows shown. */
  private async agencyCounts(
    today: LocalDate,
    conditionsOf: (params: SqlParams) => string[],
    options: AgencyRowOptions,
  ): Promise<AgencyCounts[]> {
    const rows = await this.store.read<CountColumns & NamedAgencyColumns>((schema) => {
      const params = new SqlParams();
      const day = params.once('today', today);
      const conditions = conditionsOf(params);
      return {
        // Count per agency first, then name the few thousand rows: joining before grouping
        // would sort every task by agency name.
        text: `SELECT g.*, a.name, a.short_name, a.kind
                 FROM (SELECT c.lead_agency_id AS agency_id, ${COUNT_COLUMNS}
                         FROM (SELECT t.lead_agency_id, ${taskCategorySql('t', day)} AS category,
                                      ${taskOverdueSql('t', day)} AS overdue, ${deadlineFactsSql('t')}
                                 FROM ${qualified(schema, 'rm_tasks')} t ${whereClause(conditions)}) c
                        GROUP BY c.lead_agency_id) g
                 LEFT JOIN ${qualified(schema, 'rm_agencies')} a ON a.agency_id = g.agency_id
                ORDER BY a.name NULLS LAST, g.agency_id`,
        values: params.values,
      };
    });
    const perAgency = rows.map((row) => ({
      agencyId: row.agency_id,
      agencyName: row.name,
      shortName: row.short_name,
      kind: row.kind,
      counts: countsOf(row),
    }));
    return this.namedAndRolledUp(perAgency, (a, b) => sumCounts([a, b]), options);
  }

  /** Units rolled into their department (within `within` when the actor is scoped); `kind` filters the rows shown. */
  private namedAndRolledUp<Counts>(
    perAgency: readonly CountedAgency<Counts>[],
    add: (a: Counts, b: Counts) => Counts,
    options: AgencyRowOptions,
  ): CountedAgency<Counts>[] {
    const rolledUp = rollUpUnits(perAgency, options.hierarchy, add, {
      within: options.within === undefined ? undefined : new Set(options.within),
    });
    // The kind is the row's: a department shown with its centres, not the centres on their own.
    return options.kind === undefined ? rolledUp : rolledUp.filter((row) => row.kind === options.kind);
  }
}
