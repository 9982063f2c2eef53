import { AGENCY_EVENT_TYPES, type AgencyEvent } from '@giaoviec/agencies';
import type { RecordedEvent } from '@giaoviec/event-store';
import { PLAN_EVENT_TYPES, type PlanEvent } from '@giaoviec/planning';
import type { Projection, ProjectionSql } from '../../projection/projection';
import { qualified } from '../shared/sql';

/**
 * The names every screen shows beside ids: rm_agencies (current name, short name, kind,
 * whether retired or merged into another) and rm_plans (number such as '495/KH-UBND',
 * title, period, status; the number, date of issue and signer are null when the source does
 * not give them). Other read models join them at query time, so a renamed agency
 * shows its new name everywhere at once.
 *
 * Idempotent: a row keeps its stream version; a statement only applies an event above it.
 */
export class DirectoryProjection implements Projection {
  readonly name = 'directory';
  /** 2: a plan's number and date of issue may be unknown (null). */
  readonly version = 2;
  readonly eventTypes: readonly string[] = [...AGENCY_EVENT_TYPES, ...PLAN_EVENT_TYPES];

  createTables(schema: string): readonly string[] {
    const agencies = qualified(schema, 'rm_agencies');
    const plans = qualified(schema, 'rm_plans');
    return [
      `CREATE TABLE IF NOT EXISTS ${agencies} (
        agency_id text PRIMARY KEY,
        name text NOT NULL,
        short_name text,
        kind text NOT NULL,
        parent_agency_id text,
        code text,
        status text NOT NULL,
        merged_into_agency_id text,
        merged_agency_ids text[] NOT NULL DEFAULT '{}',
        retired_on date,
        version integer NOT NULL,
        position text NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS rm_agencies_kind_idx ON ${agencies} (kind, status)`,
      `CREATE TABLE IF NOT EXISTS ${plans} (
        plan_id text PRIMARY KEY,
        number text,
        title text NOT NULL,
        issued_on date,
        issuing_authority text,
        signer_name text,
        signer_title text,
        period_from date,
        period_to date,
        standing_agency_id text,
        status text NOT NULL,
        closed_on date,
        amendment_count integer NOT NULL DEFAULT 0,
        version integer NOT NULL,
        position text NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS rm_plans_number_idx ON ${plans} (number)`,
    ];
  }

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql, schema: string): Promise<void> {
    for (const event of events) {
      const recorded = { version: event.streamVersion, position: event.checkpoint };
      if ((AGENCY_EVENT_TYPES as readonly string[]).includes(event.type)) {
        await applyAgencyEvent(
          event as unknown as AgencyEvent,
          recorded,
          sql,
          qualified(schema, 'rm_agencies'),
        );
      } else if ((PLAN_EVENT_TYPES as readonly string[]).includes(event.type)) {
        await applyPlanEvent(event as unknown as PlanEvent, recorded, sql, qualified(schema, 'rm_plans'));
      }
    }
  }
}

interface Recorded {
  readonly version: number;
  readonly position: string;
}

async function applyAgencyEvent(event: AgencyEvent, at: Recorded, sql: ProjectionSql, table: string) {
  switch (event.type) {
    case 'AgencyRegistered': {
      const d = event.data;
      await sql.query(
        `INSERT INTO ${table} (agency_id, name, short_name, kind, parent_agency_id, code, status, version, position)
         VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, $8)
         ON CONFLICT (agency_id) DO UPDATE SET name = EXCLUDED.name, short_name = EXCLUDED.short_name,
           kind = EXCLUDED.kind, parent_agency_id = EXCLUDED.parent_agency_id, code = EXCLUDED.code,
           status = 'active', version = EXCLUDED.version, position = EXCLUDED.position
         WHERE ${table}.version < EXCLUDED.version`,
        [
          d.agencyId,
          d.name,
          d.shortName ?? null,
          d.kind,
          d.parentAgencyId ?? null,
          d.code ?? null,
          at.version,
          at.position,
        ],
      );
      return;
    }
    case 'AgencyRenamed':
      await update(sql, table, 'agency_id', event.data.agencyId, at, {
        name: event.data.newName,
        short_name: event.data.newShortName ?? null,
      });
      return;
    case 'AgenciesMerged':
      await sql.query(
        `UPDATE ${table}
            SET merged_agency_ids = ARRAY(SELECT DISTINCT unnest(merged_agency_ids || $2::text[]) ORDER BY 1),
                version = $3, position = $4
          WHERE agency_id = $1 AND version < $3`,
        [event.data.agencyId, event.data.mergedAgencyIds, at.version, at.position],
      );
      return;
    case 'AgencyRetired':
      await update(sql, table, 'agency_id', event.data.agencyId, at, {
        status: 'retired',
        merged_into_agency_id: event.data.mergedIntoAgencyId ?? null,
        retired_on: event.data.effectiveOn,
      });
      return;
  }
}

async function applyPlanEvent(event: PlanEvent, at: Recorded, sql: ProjectionSql, table: string) {
  switch (event.type) {
    case 'PlanIssued': {
      const d = event.data;
      await sql.query(
        `INSERT INTO ${table} (plan_id, number, title, issued_on, issuing_authority, signer_name, signer_title,
                               period_from, period_to, standing_agency_id, status, version, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'issued', $11, $12)
         ON CONFLICT (plan_id) DO NOTHING`,
        [
          d.planId,
          d.number ?? null,
          d.title,
          d.issuedOn ?? null,
          d.issuingAuthority ?? null,
          d.signer?.name ?? null,
          d.signer?.title ?? null,
          d.period?.from ?? null,
          d.period?.to ?? null,
          d.standingAgencyId ?? null,
          at.version,
          at.position,
        ],
      );
      return;
    }
    case 'PlanAmended':
      await sql.query(
        `UPDATE ${table} SET amendment_count = amendment_count + 1, version = $2, position = $3
          WHERE plan_id = $1 AND version < $2`,
        [event.data.planId, at.version, at.position],
      );
      return;
    case 'PlanClosed':
      await update(sql, table, 'plan_id', event.data.planId, at, {
        status: 'closed',
        closed_on: event.data.closedOn,
      });
      return;
  }
}

/** Sets columns of one row if the event is newer than the row. */
async function update(
  sql: ProjectionSql,
  table: string,
  key: string,
  id: string,
  at: Recorded,
  columns: Record<string, unknown>,
): Promise<void> {
  const names = Object.keys(columns);
  const assignments = names.map((name, i) => `${name} = $${i + 4}`).join(', ');
  await sql.query(
    `UPDATE ${table} SET ${assignments}, version = $2, position = $3 WHERE ${key} = $1 AND version < $2`,
    [id, at.version, at.position, ...names.map((name) => columns[name])],
  );
}
