import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { READ_MODEL_STORE, type ReadModelStore } from '../../projection/read-model-store';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { DEFAULT_PAGE_SIZE } from '../shared/read-model.requests';
import { isoInstant, qualified, SqlParams } from '../shared/sql';
import { vietnameseDateTime } from '../shared/vietnamese';
import { CSV_BOM, csvLine } from './audit-csv';
import { AUDIT_EXPORT_COLUMNS, auditExportRow, textCells, type AuditExportRow } from './audit-export';
import { auditWorkbook } from './audit-xlsx';

export interface AuditFilter {
  /** Set for an agency-scoped actor: only events made by or concerning these agencies (a head's own and its units). */
  readonly scopeAgencyIds?: readonly string[];
  readonly actorUserId?: string;
  /** The actor's agency or an agency the event concerns. */
  readonly agencyId?: string;
  readonly planId?: string;
  readonly taskId?: string;
  readonly indicatorId?: string;
  readonly types?: readonly string[];
  /** Inclusive lower bound (ISO instant). */
  readonly from?: string;
  /** Upper bound (ISO instant), exclusive unless `toInclusive`. */
  readonly to?: string;
  readonly toInclusive?: boolean;
  /** Which time the bounds apply to: when it was recorded (default) or when it happened. */
  readonly timeField?: 'recorded' | 'occurred';
  /** Newest first (default) or oldest first. */
  readonly order?: 'desc' | 'asc';
  readonly limit?: number;
  readonly cursor?: string;
}

export interface AuditEntry {
  readonly position: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly actor: {
    readonly userId: string | null;
    /** The user's display name (null for the system, or a user the log does not know). */
    readonly displayName: string | null;
    readonly agencyId: string | null;
    readonly agencyName: string | null;
    readonly role: string | null;
  };
  readonly planId: string | null;
  readonly taskId: string | null;
  readonly agencyId: string | null;
  readonly indicatorId: string | null;
  readonly agencyIds: readonly string[];
  readonly occurredAt: string | null;
  readonly recordedAt: string;
  readonly summary: string;
  readonly data: object;
  readonly metadata: object;
}

export interface AuditPage {
  readonly limit: number;
  readonly nextCursor: string | null;
  readonly items: AuditEntry[];
}

type AuditRow = {
  position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  event_type: string;
  actor_user_id: string | null;
  actor_display_name: string | null;
  actor_agency_id: string | null;
  actor_agency_name: string | null;
  actor_role: string | null;
  plan_id: string | null;
  task_id: string | null;
  agency_id: string | null;
  indicator_id: string | null;
  agency_ids: string[];
  occurred_at: string | null;
  recorded_at: string;
  summary: string;
  data: object;
  metadata: object;
  plan_number: string | null;
  plan_title: string | null;
  task_code: string | null;
  task_title: string | null;
};

const isAuditCursor = (value: unknown): value is { p: string } =>
  typeof value === 'object' && value !== null && typeof (value as { p?: unknown }).p === 'string';

const EXPORT_PAGE_SIZE = 1000;

/** GET /audit: one row per event, newest first, with keyset paging; and its CSV export. */
@Injectable()
export class AuditQueries {
  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  async page(filter: AuditFilter): Promise<AuditPage> {
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const after = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, isAuditCursor).p;
    const rows = await this.rows(filter, limit, after);
    const last = rows.length === limit ? rows[rows.length - 1] : undefined;
    return { limit, nextCursor: last ? encodeCursor({ p: last.position }) : null, items: rows.map(toEntry) };
  }

  /**
   * The whole filtered trail for people to read (AUDIT_EXPORT_COLUMNS: names, not ids), page
   * by page, so memory stays flat however long the trail. The first page is read before
   * anything is sent, so a bad cursor or a missing read model is still a proper error answer
   * rather than a cut-off file.
   */
  async exportPages(filter: AuditFilter): Promise<AsyncIterable<AuditExportRow[]>> {
    const start = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, isAuditCursor).p;
    const first = await this.rows(filter, EXPORT_PAGE_SIZE, start);
    const next = (after: string) => this.rows(filter, EXPORT_PAGE_SIZE, after);
    return (async function* () {
      for (let rows = first; ; rows = await next(rows[rows.length - 1].position)) {
        if (rows.length > 0) yield rows.map(exportRowOf);
        if (rows.length < EXPORT_PAGE_SIZE) return;
      }
    })();
  }

  /** The export as CSV: UTF-8 with a BOM, the time in Huế as dd/mm/yyyy HH:mm. */
  async csv(filter: AuditFilter): Promise<AsyncIterable<string>> {
    const pages = await this.exportPages(filter);
    return (async function* () {
      yield CSV_BOM + csvLine(AUDIT_EXPORT_COLUMNS);
      for await (const rows of pages) yield rows.map((row) => csvLine(csvValues(row))).join('');
    })();
  }

  /** The export as an Excel workbook (see auditWorkbook). */
  async xlsx(filter: AuditFilter): Promise<Readable> {
    return auditWorkbook(await this.exportPages(filter));
  }

  private rows(filter: AuditFilter, limit: number, after: string | undefined): Promise<AuditRow[]> {
    return this.store.read<AuditRow>((schema) => {
      const params = new SqlParams();
      const conditions: string[] = [];
      const hasAgency = (agencyId: string) => `r.agency_ids @> ARRAY[${params.add(agencyId)}]::text[]`;
      if (filter.scopeAgencyIds !== undefined)
        conditions.push(`r.agency_ids && ${params.add(filter.scopeAgencyIds)}::text[]`);
      if (filter.agencyId !== undefined) conditions.push(hasAgency(filter.agencyId));
      if (filter.actorUserId !== undefined)
        conditions.push(`r.actor_user_id = ${params.add(filter.actorUserId)}`);
      if (filter.planId !== undefined) conditions.push(`r.plan_id = ${params.add(filter.planId)}`);
      if (filter.taskId !== undefined) conditions.push(`r.task_id = ${params.add(filter.taskId)}`);
      if (filter.indicatorId !== undefined)
        conditions.push(`r.indicator_id = ${params.add(filter.indicatorId)}`);
      if (filter.types !== undefined && filter.types.length > 0)
        conditions.push(`r.event_type = ANY(${params.add(filter.types)}::text[])`);
      const time = filter.timeField === 'occurred' ? 'r.occurred_at' : 'r.recorded_at';
      if (filter.from !== undefined) conditions.push(`${time} >= ${params.add(filter.from)}::timestamptz`);
      if (filter.to !== undefined)
        conditions.push(`${time} ${filter.toInclusive ? '<=' : '<'} ${params.add(filter.to)}::timestamptz`);
      const descending = filter.order !== 'asc';
      // The names the audit projection keeps itself (rm_audit_labels): users, plans, tasks.
      const labels = qualified(schema, 'rm_audit_labels');
      if (after !== undefined)
        conditions.push(`r.position ${descending ? '<' : '>'} ${params.add(after)} COLLATE "C"`);
      return {
        text: `SELECT r.position, r.event_id, r.stream_id, r.stream_version, r.event_type, r.actor_user_id,
                      u.label->>'displayName' AS actor_display_name,
                      r.actor_agency_id, a.name AS actor_agency_name, r.actor_role, r.plan_id, r.task_id,
                      r.agency_id, r.indicator_id, r.agency_ids, ${isoInstant('r.occurred_at')} AS occurred_at,
                      ${isoInstant('r.recorded_at')} AS recorded_at, r.summary, r.data, r.metadata,
                      p.label->>'number' AS plan_number, p.label->>'title' AS plan_title,
                      t.label->>'code' AS task_code, t.label->>'title' AS task_title
                 FROM ${qualified(schema, 'rm_audit')} r
                 LEFT JOIN ${qualified(schema, 'rm_agencies')} a ON a.agency_id = r.actor_agency_id
                 LEFT JOIN ${labels} u ON u.kind = 'user' AND u.id = r.actor_user_id
                 LEFT JOIN ${labels} p ON p.kind = 'plan' AND p.id = r.plan_id
                 LEFT JOIN ${labels} t ON t.kind = 'task' AND t.id = r.task_id
                 ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`}
                ORDER BY r.position ${descending ? 'DESC' : 'ASC'}
                LIMIT ${params.add(limit)}`,
        values: params.values,
      };
    });
  }
}

function actorOf(row: AuditRow): AuditEntry['actor'] {
  return {
    userId: row.actor_user_id,
    displayName: row.actor_display_name,
    agencyId: row.actor_agency_id,
    agencyName: row.actor_agency_name,
    role: row.actor_role,
  };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    position: row.position,
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.event_type,
    actor: actorOf(row),
    planId: row.plan_id,
    taskId: row.task_id,
    agencyId: row.agency_id,
    indicatorId: row.indicator_id,
    agencyIds: row.agency_ids,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    summary: row.summary,
    data: row.data,
    metadata: row.metadata,
  };
}

function exportRowOf(row: AuditRow): AuditExportRow {
  return auditExportRow({
    at: row.occurred_at ?? row.recorded_at,
    type: row.event_type,
    actor: actorOf(row),
    plan: row.plan_id === null ? null : { number: row.plan_number, title: row.plan_title },
    task: row.task_id === null ? null : { code: row.task_code, title: row.task_title },
    summary: row.summary,
  });
}

function csvValues(row: AuditExportRow): unknown[] {
  return [vietnameseDateTime(row.at), ...textCells(row)];
}
