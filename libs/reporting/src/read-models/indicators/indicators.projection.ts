import type { RecordedEvent } from '@giaoviec/event-store';
import {
  INDICATOR_EVENT_TYPES,
  parseReportingPeriod,
  type IndicatorDefinedData,
  type IndicatorTargetRevisedData,
  type IndicatorValueConfirmedData,
  type IndicatorValueReportedData,
  type IndicatorValueReturnedData,
  type PlanAmendedData,
} from '@giaoviec/planning';
import type { Projection, ProjectionSql } from '../../projection/projection';
import { instantOrNull, qualified } from '../shared/sql';
import { codeSortKey } from '../task-list/code-sort-key';

/**
 * The KPI scoreboard's tables:
 * - rm_indicators: each indicator (chỉ tiêu) of a plan: name, unit, direction, responsible agency;
 * - rm_indicator_targets: its target per year, as revised by the latest amendment (original_value
 *   null: the plan's own target for that year is not recorded);
 * - rm_indicator_revisions: every target revision, by which amendment;
 * - rm_indicator_values: every reported value, with its period's first and last day and where it
 *   stands (`status`: pending, confirmed, returned, superseded); only confirmed ones are scored;
 * - rm_plan_amendments: the amending documents (number, title, issued on), for the revisions' "when".
 *
 * Idempotent: revisions, values and amendments are keyed by their ids; a target moves only
 * to a revision later in the log than the one it holds; a report supersedes only the reports of
 * its period earlier in the log, and a decision changes only a pending report.
 */
export class IndicatorsProjection implements Projection {
  readonly name = 'indicators';
  /**
   * 2: an amending document's number may be unknown (null); an indicator may have no targets.
   * 3: values are reviewed (status, evidence note, on-behalf reason, the decision and its reason).
   */
  readonly version = 3;
  readonly eventTypes: readonly string[] = [...INDICATOR_EVENT_TYPES, 'PlanAmended'];

  createTables(schema: string): readonly string[] {
    return [
      `CREATE TABLE IF NOT EXISTS ${qualified(schema, 'rm_indicators')} (
        indicator_id text PRIMARY KEY,
        plan_id text NOT NULL,
        code text,
        code_sort text COLLATE "C" NOT NULL,
        name text NOT NULL,
        group_name text,
        unit text NOT NULL,
        direction text NOT NULL,
        responsible_agency_id text NOT NULL,
        introduced_by_amendment_id text,
        version integer NOT NULL,
        position text COLLATE "C" NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS rm_indicators_plan_idx ON ${qualified(schema, 'rm_indicators')} (plan_id, code_sort)`,
      `CREATE TABLE IF NOT EXISTS ${qualified(schema, 'rm_indicator_targets')} (
        indicator_id text NOT NULL,
        year integer NOT NULL,
        value double precision NOT NULL,
        original_value double precision,
        amendment_id text,
        position text COLLATE "C" NOT NULL,
        PRIMARY KEY (indicator_id, year)
      )`,
      `CREATE TABLE IF NOT EXISTS ${qualified(schema, 'rm_indicator_revisions')} (
        indicator_id text NOT NULL,
        amendment_id text NOT NULL,
        year integer NOT NULL,
        plan_id text NOT NULL,
        previous_value double precision,
        new_value double precision NOT NULL,
        amending_document_number text,
        occurred_at timestamptz,
        recorded_at timestamptz NOT NULL,
        position text COLLATE "C" NOT NULL,
        PRIMARY KEY (indicator_id, amendment_id, year)
      )`,
      `CREATE TABLE IF NOT EXISTS ${qualified(schema, 'rm_indicator_values')} (
        indicator_id text NOT NULL,
        report_id text NOT NULL,
        period text NOT NULL,
        year integer NOT NULL,
        period_start date,
        period_end date,
        value double precision NOT NULL,
        source text NOT NULL,
        reported_by_agency_id text NOT NULL,
        as_of date NOT NULL,
        occurred_at timestamptz,
        position text COLLATE "C" NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        evidence_note text,
        on_behalf_reason text,
        supersedes_report_id text,
        decision_reason text,
        decided_at timestamptz,
        PRIMARY KEY (indicator_id, report_id)
      )`,
      `CREATE INDEX IF NOT EXISTS rm_indicator_values_open_idx
         ON ${qualified(schema, 'rm_indicator_values')} (status, indicator_id) WHERE status IN ('pending', 'returned')`,
      `CREATE INDEX IF NOT EXISTS rm_indicator_values_latest_idx
         ON ${qualified(schema, 'rm_indicator_values')} (indicator_id, year, period_end DESC, as_of DESC, position DESC)`,
      `CREATE TABLE IF NOT EXISTS ${qualified(schema, 'rm_plan_amendments')} (
        plan_id text NOT NULL,
        amendment_id text NOT NULL,
        number text,
        title text NOT NULL,
        issued_on date,
        summary text,
        position text COLLATE "C" NOT NULL,
        PRIMARY KEY (plan_id, amendment_id)
      )`,
    ];
  }

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql, schema: string): Promise<void> {
    for (const event of events) {
      switch (event.type) {
        case 'IndicatorDefined':
          await defined(event.data as IndicatorDefinedData, event, sql, schema);
          break;
        case 'IndicatorTargetRevised':
          await revised(event.data as IndicatorTargetRevisedData, event, sql, schema);
          break;
        case 'IndicatorValueReported':
          await reported(event.data as IndicatorValueReportedData, event, sql, schema);
          break;
        case 'IndicatorValueConfirmed':
          await decided(event.data as IndicatorValueConfirmedData, 'confirmed', event, sql, schema);
          break;
        case 'IndicatorValueReturned':
          await decided(event.data as IndicatorValueReturnedData, 'returned', event, sql, schema);
          break;
        case 'PlanAmended':
          await amended(event.data as PlanAmendedData, event, sql, schema);
          break;
      }
    }
  }
}

async function defined(d: IndicatorDefinedData, event: RecordedEvent, sql: ProjectionSql, schema: string) {
  await sql.query(
    `INSERT INTO ${qualified(schema, 'rm_indicators')} (indicator_id, plan_id, code, code_sort, name, group_name, unit,
        direction, responsible_agency_id, introduced_by_amendment_id, version, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (indicator_id) DO NOTHING`,
    [
      d.indicatorId,
      d.planId,
      d.code ?? null,
      codeSortKey(d.code),
      d.name,
      d.group ?? null,
      d.unit,
      d.direction,
      d.responsibleAgencyId,
      d.introducedByAmendmentId ?? null,
      event.streamVersion,
      event.checkpoint,
    ],
  );
  if (d.targets.length === 0) return;
  await sql.query(
    `INSERT INTO ${qualified(schema, 'rm_indicator_targets')} (indicator_id, year, value, original_value, position)
     SELECT $1, x.year, x.value, x.value, $2 FROM jsonb_to_recordset($3::jsonb) AS x(year integer, value double precision)
     ON CONFLICT (indicator_id, year) DO NOTHING`,
    [d.indicatorId, event.checkpoint, JSON.stringify(d.targets)],
  );
}

async function revised(
  d: IndicatorTargetRevisedData,
  event: RecordedEvent,
  sql: ProjectionSql,
  schema: string,
) {
  await sql.query(
    `INSERT INTO ${qualified(schema, 'rm_indicator_revisions')} (indicator_id, amendment_id, year, plan_id,
        previous_value, new_value, amending_document_number, occurred_at, recorded_at, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (indicator_id, amendment_id, year) DO NOTHING`,
    [
      d.indicatorId,
      d.amendmentId,
      d.year,
      d.planId,
      d.previousValue,
      d.newValue,
      d.amendingDocumentNumber ?? null,
      instantOrNull(event.metadata.occurredAt),
      event.recordedAt.toISOString(),
      event.checkpoint,
    ],
  );
  const targets = qualified(schema, 'rm_indicator_targets');
  await sql.query(
    `INSERT INTO ${targets} (indicator_id, year, value, original_value, amendment_id, position)
     VALUES ($1, $2, $3, NULL, $4, $5)
     ON CONFLICT (indicator_id, year) DO UPDATE SET value = EXCLUDED.value, amendment_id = EXCLUDED.amendment_id,
       position = EXCLUDED.position
     WHERE ${targets}.position < EXCLUDED.position`,
    [d.indicatorId, d.year, d.newValue, d.amendmentId, event.checkpoint],
  );
}

async function reported(
  d: IndicatorValueReportedData,
  event: RecordedEvent,
  sql: ProjectionSql,
  schema: string,
) {
  const period = parseReportingPeriod(d.period);
  const values = qualified(schema, 'rm_indicator_values');
  await sql.query(
    `INSERT INTO ${values} (indicator_id, report_id, period, year, period_start,
        period_end, value, source, reported_by_agency_id, as_of, occurred_at, position, status, evidence_note,
        on_behalf_reason, supersedes_report_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'pending', $13, $14, $15)
     ON CONFLICT (indicator_id, report_id) DO NOTHING`,
    [
      d.indicatorId,
      d.reportId,
      d.period,
      period?.year ?? Number(d.asOf.slice(0, 4)),
      period?.start ?? null,
      period?.end ?? null,
      d.value,
      d.source,
      d.reportedByAgencyId,
      d.asOf,
      instantOrNull(event.metadata.occurredAt),
      event.checkpoint,
      d.evidenceNote ?? null,
      d.onBehalfReason ?? null,
      d.supersedesReportId ?? null,
    ],
  );
  // As the indicator's stream folds: the latest report of a period stands, the earlier ones are
  // superseded (reports logged before review carry no supersedesReportId).
  await sql.query(
    `UPDATE ${values} SET status = 'superseded'
      WHERE indicator_id = $1 AND period = $2 AND position < $3 AND status <> 'superseded'`,
    [d.indicatorId, d.period, event.checkpoint],
  );
}

async function decided(
  d: IndicatorValueConfirmedData | IndicatorValueReturnedData,
  status: 'confirmed' | 'returned',
  event: RecordedEvent,
  sql: ProjectionSql,
  schema: string,
) {
  const reason = 'reason' in d ? d.reason : (d.note ?? null);
  await sql.query(
    `UPDATE ${qualified(schema, 'rm_indicator_values')}
        SET status = $3, decision_reason = $4, decided_at = $5
      WHERE indicator_id = $1 AND report_id = $2 AND status = 'pending'`,
    [
      d.indicatorId,
      d.reportId,
      status,
      reason,
      instantOrNull(event.metadata.occurredAt) ?? event.recordedAt.toISOString(),
    ],
  );
}

async function amended(d: PlanAmendedData, event: RecordedEvent, sql: ProjectionSql, schema: string) {
  await sql.query(
    `INSERT INTO ${qualified(schema, 'rm_plan_amendments')} (plan_id, amendment_id, number, title, issued_on, summary, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (plan_id, amendment_id) DO NOTHING`,
    [
      d.planId,
      d.amendmentId,
      d.amendingDocument.number ?? null,
      d.amendingDocument.title,
      d.amendingDocument.issuedOn ?? null,
      d.summary ?? null,
      event.checkpoint,
    ],
  );
}
