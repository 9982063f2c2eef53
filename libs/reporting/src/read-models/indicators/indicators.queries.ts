import { Inject, Injectable } from '@nestjs/common';
import type { Clock, LocalDate } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import type { IndicatorDirection } from '@giaoviec/planning';
import { READ_MODEL_STORE, type ReadModelStore } from '../../projection/read-model-store';
import { isoDate, isoInstant, qualified, SqlParams } from '../shared/sql';
import { todayIn } from '../shared/today';
import { indicatorProgress, type IndicatorProgress } from './indicator-progress';
import { isTargetAchieved } from './target-achievement';

export interface TargetRevision {
  readonly year: number;
  /** Null: no target was recorded for the year before this revision (not recorded before). */
  readonly previousValue: number | null;
  readonly newValue: number;
  readonly amendmentId: string;
  /** Null when the amending document has no known number. */
  readonly amendingDocumentNumber: string | null;
  readonly amendingDocumentTitle: string | null;
  /** When the amending document was issued, if the plan's amendment is known. */
  readonly amendingDocumentIssuedOn: LocalDate | null;
  readonly occurredAt: string | null;
  readonly recordedAt: string;
}

/** A value as its agency reported it. */
export interface ReportedValue {
  readonly reportId: string;
  readonly period: string;
  readonly value: number;
  readonly asOf: LocalDate;
  readonly source: string;
  readonly evidenceNote: string | null;
  readonly reportedByAgencyId: string;
}

/** A value of the year waiting for the standing office, or returned to the agency and not reported again. */
export interface OpenValueReport extends ReportedValue {
  readonly reportedByAgencyName: string | null;
  readonly onBehalfReason: string | null;
  readonly status: 'pending' | 'returned';
  /** Why it was returned; null while pending. */
  readonly returnReason: string | null;
  readonly reportedAt: string | null;
}

export interface IndicatorScore {
  readonly indicatorId: string;
  readonly planId: string;
  readonly planNumber: string | null;
  readonly code: string | null;
  readonly name: string;
  readonly group: string | null;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  readonly responsibleAgencyId: string;
  readonly responsibleAgencyName: string | null;
  /** The target for the year asked, as revised by the latest amendment; null if the year has none. */
  readonly target: number | null;
  /** The latest confirmed value for a period of that year (latest period, then latest as-of date). */
  readonly latest: (ReportedValue & { readonly confirmedAt: string | null }) | null;
  /** Whether the latest confirmed value meets the target in the indicator's direction; null without both. */
  readonly achieved: boolean | null;
  /** On track, at risk or off track against the year's target (see PROGRESS_RULE). */
  readonly progress: IndicatorProgress;
  /** The year's values waiting for confirmation (chờ xác nhận) or returned, oldest first. */
  readonly openReports: OpenValueReport[];
  /** Every year's current target, and what the plan first set (null: not recorded). Empty when the source states none. */
  readonly targets: {
    readonly year: number;
    readonly value: number;
    readonly originalValue: number | null;
  }[];
  /** Every revision of a target, in the order they were recorded. */
  readonly revisions: TargetRevision[];
}

export interface IndicatorScoreboard {
  readonly year: number;
  readonly today: LocalDate;
  readonly indicators: IndicatorScore[];
}

type ScoreRow = {
  indicator_id: string;
  plan_id: string;
  plan_number: string | null;
  code: string | null;
  name: string;
  group_name: string | null;
  unit: string;
  direction: IndicatorDirection;
  responsible_agency_id: string;
  responsible_agency_name: string | null;
  target: number | null;
  report_id: string | null;
  period: string | null;
  value: number | null;
  as_of: string | null;
  source: string | null;
  evidence_note: string | null;
  reported_by_agency_id: string | null;
  confirmed_at: string | null;
};

type OpenReportRow = {
  indicator_id: string;
  report_id: string;
  period: string;
  value: number;
  as_of: string;
  source: string;
  evidence_note: string | null;
  reported_by_agency_id: string;
  agency_name: string | null;
  on_behalf_reason: string | null;
  status: 'pending' | 'returned';
  decision_reason: string | null;
  occurred_at: string | null;
};

type TargetRow = { indicator_id: string; year: number; value: number; original_value: number | null };

type RevisionRow = {
  indicator_id: string;
  year: number;
  previous_value: number | null;
  new_value: number;
  amendment_id: string;
  amending_document_number: string;
  title: string | null;
  issued_on: string | null;
  occurred_at: string | null;
  recorded_at: string;
};

/** GET /dashboard/indicators: the KPI scoreboard of a year. Indicators are city-wide: no agency scope. */
@Injectable()
export class IndicatorQueries {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async scoreboard(filter: {
    readonly planId?: string;
    readonly year?: number;
  }): Promise<IndicatorScoreboard> {
    const today = todayIn(this.clock);
    const year = filter.year ?? Number(today.slice(0, 4));
    const rows = await this.store.read<ScoreRow>((schema) => {
      const params = new SqlParams();
      const y = params.add(year);
      const conditions = filter.planId === undefined ? [] : [`i.plan_id = ${params.add(filter.planId)}`];
      return {
        text: `SELECT i.indicator_id, i.plan_id, p.number AS plan_number, i.code, i.name, i.group_name, i.unit,
                      i.direction, i.responsible_agency_id, a.name AS responsible_agency_name, tg.value AS target,
                      v.report_id, v.period, v.value, ${isoDate('v.as_of')} AS as_of, v.source, v.evidence_note,
                      v.reported_by_agency_id, ${isoInstant('v.decided_at')} AS confirmed_at
                 FROM ${qualified(schema, 'rm_indicators')} i
                 LEFT JOIN ${qualified(schema, 'rm_plans')} p ON p.plan_id = i.plan_id
                 LEFT JOIN ${qualified(schema, 'rm_agencies')} a ON a.agency_id = i.responsible_agency_id
                 LEFT JOIN ${qualified(schema, 'rm_indicator_targets')} tg
                        ON tg.indicator_id = i.indicator_id AND tg.year = ${y}::int
                 LEFT JOIN LATERAL (
                        SELECT report_id, period, value, as_of, source, evidence_note, reported_by_agency_id, decided_at
                          FROM ${qualified(schema, 'rm_indicator_values')} v
                         WHERE v.indicator_id = i.indicator_id AND v.year = ${y}::int AND v.status = 'confirmed'
                         ORDER BY v.period_end DESC, v.as_of DESC, v.position DESC
                         LIMIT 1) v ON true
                 ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`}
                ORDER BY p.issued_on NULLS LAST, i.plan_id, i.code_sort, i.name, i.indicator_id`,
        values: params.values,
      };
    });
    const ids = rows.map((row) => row.indicator_id);
    const [targets, revisions, openReports] =
      ids.length === 0
        ? [[], [], []]
        : await Promise.all([
            this.store.read<TargetRow>((schema) => ({
              text: `SELECT indicator_id, year, value, original_value
                       FROM ${qualified(schema, 'rm_indicator_targets')}
                      WHERE indicator_id = ANY($1::text[]) ORDER BY indicator_id, year`,
              values: [ids],
            })),
            this.store.read<RevisionRow>((schema) => ({
              text: `SELECT r.indicator_id, r.year, r.previous_value, r.new_value, r.amendment_id,
                            r.amending_document_number, am.title, ${isoDate('am.issued_on')} AS issued_on,
                            ${isoInstant('r.occurred_at')} AS occurred_at, ${isoInstant('r.recorded_at')} AS recorded_at
                       FROM ${qualified(schema, 'rm_indicator_revisions')} r
                       LEFT JOIN ${qualified(schema, 'rm_plan_amendments')} am
                              ON am.plan_id = r.plan_id AND am.amendment_id = r.amendment_id
                      WHERE r.indicator_id = ANY($1::text[]) ORDER BY r.position`,
              values: [ids],
            })),
            this.store.read<OpenReportRow>((schema) => ({
              text: `SELECT v.indicator_id, v.report_id, v.period, v.value, ${isoDate('v.as_of')} AS as_of, v.source,
                            v.evidence_note, v.reported_by_agency_id, a.name AS agency_name, v.on_behalf_reason,
                            v.status, v.decision_reason, ${isoInstant('v.occurred_at')} AS occurred_at
                       FROM ${qualified(schema, 'rm_indicator_values')} v
                       LEFT JOIN ${qualified(schema, 'rm_agencies')} a ON a.agency_id = v.reported_by_agency_id
                      WHERE v.indicator_id = ANY($1::text[]) AND v.year = $2::int AND v.status IN ('pending', 'returned')
                      ORDER BY v.position`,
              values: [ids, year],
            })),
          ]);
    const targetsOf = groupBy(targets, (target) => target.indicator_id);
    const revisionsOf = groupBy(revisions, (revision) => revision.indicator_id);
    const openReportsOf = groupBy(openReports, (report) => report.indicator_id);
    return {
      year,
      today,
      indicators: rows.map((row) => ({
        indicatorId: row.indicator_id,
        planId: row.plan_id,
        planNumber: row.plan_number,
        code: row.code,
        name: row.name,
        group: row.group_name,
        unit: row.unit,
        direction: row.direction,
        responsibleAgencyId: row.responsible_agency_id,
        responsibleAgencyName: row.responsible_agency_name,
        target: row.target,
        latest:
          row.report_id === null
            ? null
            : {
                reportId: row.report_id,
                period: row.period!,
                value: row.value!,
                asOf: row.as_of!,
                source: row.source!,
                evidenceNote: row.evidence_note,
                reportedByAgencyId: row.reported_by_agency_id!,
                confirmedAt: row.confirmed_at,
              },
        achieved: isTargetAchieved(row.direction, row.value, row.target),
        progress: indicatorProgress(
          row.direction,
          row.report_id === null ? null : { value: row.value!, period: row.period! },
          row.target,
        ),
        openReports: (openReportsOf.get(row.indicator_id) ?? []).map((report) => ({
          reportId: report.report_id,
          period: report.period,
          value: report.value,
          asOf: report.as_of,
          source: report.source,
          evidenceNote: report.evidence_note,
          reportedByAgencyId: report.reported_by_agency_id,
          reportedByAgencyName: report.agency_name,
          onBehalfReason: report.on_behalf_reason,
          status: report.status,
          returnReason: report.status === 'returned' ? report.decision_reason : null,
          reportedAt: report.occurred_at,
        })),
        targets: (targetsOf.get(row.indicator_id) ?? []).map((target) => ({
          year: target.year,
          value: target.value,
          originalValue: target.original_value,
        })),
        revisions: (revisionsOf.get(row.indicator_id) ?? []).map((revision) => ({
          year: revision.year,
          previousValue: revision.previous_value,
          newValue: revision.new_value,
          amendmentId: revision.amendment_id,
          amendingDocumentNumber: revision.amending_document_number,
          amendingDocumentTitle: revision.title,
          amendingDocumentIssuedOn: revision.issued_on,
          occurredAt: revision.occurred_at,
          recordedAt: revision.recorded_at,
        })),
      })),
    };
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
