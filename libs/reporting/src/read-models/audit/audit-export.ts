import { roleLabel } from '@giaoviec/kernel';
import { eventTypeLabel } from './audit-event-labels';
import type { AuditEntry } from './audit.queries';

/** The columns of the audit trail's CSV and Excel exports, for people to read. */
export const AUDIT_EXPORT_COLUMNS = [
  'Thời điểm',
  'Người thực hiện',
  'Cơ quan',
  'Vai trò',
  'Sự kiện',
  'Kế hoạch',
  'Nhiệm vụ',
  'Nội dung',
] as const;

/**
 * What a row of the export says: names, not ids. `at` is when it happened (when it was
 * recorded, for an event that does not say), an instant each format writes in Huế's time.
 */
export interface AuditExportRow {
  readonly at: string;
  readonly actor: string;
  readonly agency: string;
  readonly role: string;
  readonly event: string;
  readonly plan: string;
  readonly task: string;
  readonly summary: string;
}

/** What the export needs of a row of rm_audit and the names joined to it. */
export interface AuditExportSource {
  readonly at: string;
  readonly type: string;
  readonly actor: AuditEntry['actor'];
  readonly plan: { readonly number: string | null; readonly title: string | null } | null;
  readonly task: { readonly code: string | null; readonly title: string | null } | null;
  readonly summary: string;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A row of the export. Pure. */
export function auditExportRow(source: AuditExportSource): AuditExportRow {
  const { actor } = source;
  const system = actor.role === 'system';
  return {
    at: source.at,
    actor: system ? 'Hệ thống' : (actor.displayName ?? actor.userId ?? 'Không rõ'),
    agency: actor.agencyName ?? actor.agencyId ?? '',
    role: actor.role === null ? '' : capitalized(roleLabel(actor.role)),
    event: eventTypeLabel(source.type),
    plan: source.plan ? (source.plan.number ?? source.plan.title ?? '') : '',
    task: source.task
      ? [source.task.code, source.task.title].filter((part) => part !== null && part !== '').join('. ')
      : '',
    summary: source.summary,
  };
}

/** The cells after the time, in the order of AUDIT_EXPORT_COLUMNS: the same in every format. */
export function textCells(row: AuditExportRow): string[] {
  return [row.actor, row.agency, row.role, row.event, row.plan, row.task, row.summary];
}
