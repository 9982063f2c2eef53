import type { RecordedEvent } from '@giaoviec/event-store';
import type { Projection, ProjectionSql } from '../../projection/projection';
import { qualified } from '../shared/sql';
import { auditRecordOf } from './audit-entry';
import { AUDITED_EVENT_TYPES } from './audit-event-types';
import { agencyIdsIn, LabelBook, type LabelKind, type StoredLabel } from './audit-labels';

/**
 * rm_audit: one row per event of the system, with who (user, agency, role), what (a readable
 * Vietnamese summary and the raw event), what it concerns (plan, task, agency, indicator),
 * when it happened and when it was recorded. rm_audit_labels: the names the summaries use,
 * kept by this projection alone so a replay writes the same sentences.
 *
 * Idempotent: rows are keyed by their position in the log; labels move only forward.
 */
export class AuditProjection implements Projection {
  readonly name: string;
  /** 2: reminders of an escalation named in Vietnamese words in the summaries. */
  readonly version = 2;
  /**
   * A past day's board joins the names (rm_audit_labels) but never reads the trail, which
   * has a row per event of the log: the as-of generations keep the labels only.
   */
  readonly pointInTime: Projection | null;
  private readonly keepsTrail: boolean;

  constructor(
    readonly eventTypes: readonly string[] = AUDITED_EVENT_TYPES,
    { trail = true }: { trail?: boolean } = {},
  ) {
    this.keepsTrail = trail;
    this.name = trail ? 'audit' : 'audit-labels';
    this.pointInTime = trail ? new AuditProjection(eventTypes, { trail: false }) : null;
  }

  createTables(schema: string): readonly string[] {
    return [...(this.keepsTrail ? this.trailTables(schema) : []), this.labelsTable(schema)];
  }

  private trailTables(schema: string): readonly string[] {
    const audit = qualified(schema, 'rm_audit');
    return [
      `CREATE TABLE IF NOT EXISTS ${audit} (
        position text COLLATE "C" PRIMARY KEY,
        event_id text NOT NULL,
        stream_id text NOT NULL,
        stream_version integer NOT NULL,
        event_type text NOT NULL,
        actor_user_id text,
        actor_agency_id text,
        actor_role text,
        plan_id text,
        task_id text,
        agency_id text,
        indicator_id text,
        agency_ids text[] NOT NULL DEFAULT '{}',
        occurred_at timestamptz,
        recorded_at timestamptz NOT NULL,
        summary text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL
      )`,
      // Tens of millions of rows: every filter has its index, each ending in the paging order.
      `CREATE INDEX IF NOT EXISTS rm_audit_recorded_idx ON ${audit} (recorded_at, position)`,
      `CREATE INDEX IF NOT EXISTS rm_audit_occurred_idx ON ${audit} (occurred_at, position)`,
      `CREATE INDEX IF NOT EXISTS rm_audit_actor_idx ON ${audit} (actor_user_id, position)`,
      `CREATE INDEX IF NOT EXISTS rm_audit_task_idx ON ${audit} (task_id, position) WHERE task_id IS NOT NULL`,
      `CREATE INDEX IF NOT EXISTS rm_audit_plan_idx ON ${audit} (plan_id, position) WHERE plan_id IS NOT NULL`,
      `CREATE INDEX IF NOT EXISTS rm_audit_agency_idx ON ${audit} (agency_id, position)`,
      `CREATE INDEX IF NOT EXISTS rm_audit_agencies_idx ON ${audit} USING gin (agency_ids)`,
      `CREATE INDEX IF NOT EXISTS rm_audit_type_idx ON ${audit} (event_type, position)`,
    ];
  }

  private labelsTable(schema: string): string {
    return `CREATE TABLE IF NOT EXISTS ${qualified(schema, 'rm_audit_labels')} (
        kind text NOT NULL,
        id text NOT NULL,
        label jsonb NOT NULL,
        position text COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, id)
      )`;
  }

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql, schema: string): Promise<void> {
    if (events.length === 0) return;
    const book = new LabelBook(await this.loadLabels(events, sql, schema));
    const records = events.map((event) => {
      const record = this.keepsTrail ? auditRecordOf(event, book) : undefined;
      book.learn(event);
      return record;
    });
    if (this.keepsTrail) await this.insertTrail(records, sql, schema);
    const changes = book.changes();
    if (changes.length > 0) {
      const labels = qualified(schema, 'rm_audit_labels');
      await sql.query(
        `INSERT INTO ${labels} (kind, id, label, position)
         SELECT x.kind, x.id, x.label, x.position
           FROM jsonb_to_recordset($1::jsonb) AS x(kind text, id text, label jsonb, position text)
         ON CONFLICT (kind, id) DO UPDATE SET label = EXCLUDED.label, position = EXCLUDED.position
          WHERE ${labels}.position < EXCLUDED.position`,
        [JSON.stringify(changes)],
      );
    }
  }

  private async insertTrail(records: readonly unknown[], sql: ProjectionSql, schema: string): Promise<void> {
    await sql.query(
      `INSERT INTO ${qualified(schema, 'rm_audit')} (position, event_id, stream_id, stream_version, event_type,
          actor_user_id, actor_agency_id, actor_role, plan_id, task_id, agency_id, indicator_id, agency_ids,
          occurred_at, recorded_at, summary, data, metadata)
       SELECT x.position, x.event_id, x.stream_id, x.stream_version, x.event_type, x.actor_user_id, x.actor_agency_id,
              x.actor_role, x.plan_id, x.task_id, x.agency_id, x.indicator_id,
              ARRAY(SELECT jsonb_array_elements_text(x.agency_ids)), x.occurred_at, x.recorded_at, x.summary,
              x.data, x.metadata
         FROM jsonb_to_recordset($1::jsonb) AS x(position text, event_id text, stream_id text, stream_version integer,
              event_type text, actor_user_id text, actor_agency_id text, actor_role text, plan_id text, task_id text,
              agency_id text, indicator_id text, agency_ids jsonb, occurred_at timestamptz, recorded_at timestamptz,
              summary text, data jsonb, metadata jsonb)
       ON CONFLICT (position) DO NOTHING`,
      [JSON.stringify(records)],
    );
  }

  /** The labels the batch's events may name: first tasks, indicators, users and plans, then every agency they point at. */
  private async loadLabels(
    events: readonly RecordedEvent[],
    sql: ProjectionSql,
    schema: string,
  ): Promise<StoredLabel[]> {
    const wanted = new Map<LabelKind, Set<string>>();
    const want = (kind: LabelKind, id: unknown) => {
      if (typeof id !== 'string' || id === '') return;
      if (!wanted.has(kind)) wanted.set(kind, new Set());
      wanted.get(kind)!.add(id);
    };
    for (const event of events) {
      const d = event.data as Record<string, unknown>;
      want('task', d.taskId);
      want('indicator', d.indicatorId);
      want('user', d.userId);
      want('plan', d.planId);
      want('agency', event.metadata?.actor?.agencyId);
      for (const id of agencyIdsIn(d)) want('agency', id);
    }
    const first = await this.select(sql, schema, wanted, ['task', 'indicator', 'user', 'plan']);
    for (const { kind, label } of first) {
      if (kind === 'task' || kind === 'indicator') want('plan', (label as { planId: string }).planId);
      for (const id of agencyIdsIn(label)) want('agency', id);
    }
    const plans = wanted.get('plan') ?? new Set<string>();
    const loadedPlans = new Set(first.filter((label) => label.kind === 'plan').map((label) => label.id));
    const morePlans = new Map<LabelKind, Set<string>>([
      ['plan', new Set([...plans].filter((id) => !loadedPlans.has(id)))],
    ]);
    const second = await this.select(sql, schema, morePlans, ['plan']);
    for (const { label } of second) for (const id of agencyIdsIn(label)) want('agency', id);
    const agencies = await this.select(sql, schema, wanted, ['agency']);
    return [...first, ...second, ...agencies];
  }

  private async select(
    sql: ProjectionSql,
    schema: string,
    wanted: ReadonlyMap<LabelKind, ReadonlySet<string>>,
    kinds: readonly LabelKind[],
  ): Promise<StoredLabel[]> {
    const pairs = kinds.flatMap((kind) => [...(wanted.get(kind) ?? [])].map((id) => [kind, id] as const));
    if (pairs.length === 0) return [];
    const { rows } = await sql.query<{
      kind: LabelKind;
      id: string;
      label: StoredLabel['label'];
      position: string;
    }>(
      `SELECT l.kind, l.id, l.label, l.position
         FROM ${qualified(schema, 'rm_audit_labels')} l
         JOIN unnest($1::text[], $2::text[]) AS w(kind, id) ON l.kind = w.kind AND l.id = w.id`,
      [pairs.map(([kind]) => kind), pairs.map(([, id]) => id)],
    );
    return rows.map((row) => ({ kind: row.kind, id: row.id, label: row.label, position: row.position }));
  }
}
