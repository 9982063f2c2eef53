import type { RecordedEvent } from '@giaoviec/event-store';
import { instantOrNull } from '../shared/sql';
import { agencyIdsIn, type AuditLabels } from './audit-labels';
import { summarizeEvent } from './audit-summary';

/** One row of the audit trail, as stored in rm_audit. */
export interface AuditRecord {
  readonly position: string;
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly event_type: string;
  readonly actor_user_id: string | null;
  readonly actor_agency_id: string | null;
  readonly actor_role: string | null;
  readonly plan_id: string | null;
  readonly task_id: string | null;
  /** The agency the event is mainly about (the one acting on a task, the task's lead, the agency renamed...). */
  readonly agency_id: string | null;
  readonly indicator_id: string | null;
  /** Every agency the event concerns, and the actor's: what an agency head's view is narrowed by. */
  readonly agency_ids: string[];
  readonly occurred_at: string | null;
  readonly recorded_at: string;
  readonly summary: string;
  readonly data: object;
  readonly metadata: object;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The audit row of an event, with the labels as they were just before it. Pure. */
export function auditRecordOf(event: RecordedEvent, labels: AuditLabels): AuditRecord {
  const d = event.data as Record<string, unknown>;
  const actor = event.metadata?.actor;
  const task = labels.get('task', d.taskId);
  const indicator = labels.get('indicator', d.indicatorId);
  const user = labels.get('user', d.userId);
  const plan = str(d.planId) ?? task?.planId ?? indicator?.planId ?? null;
  const agencyId =
    str(d.agencyId) ??
    str(d.leadAgencyId) ??
    str(d.toAgencyId) ??
    str(d.reportedByAgencyId) ??
    str(d.responsibleAgencyId) ??
    str(d.newAgencyId) ??
    str(d.standingAgencyId) ??
    task?.leadAgencyId ??
    indicator?.responsibleAgencyId ??
    user?.agencyId ??
    labels.get('plan', plan)?.standingAgencyId ??
    null;
  const concerned = new Set<string>(
    [
      actor?.agencyId,
      agencyId,
      ...agencyIdsIn(d),
      task?.leadAgencyId,
      ...(task?.coordinatingAgencyIds ?? []),
      indicator?.responsibleAgencyId,
      user?.agencyId,
    ].filter((id): id is string => typeof id === 'string' && id !== ''),
  );
  return {
    position: event.checkpoint,
    event_id: event.eventId,
    stream_id: event.streamId,
    stream_version: event.streamVersion,
    event_type: event.type,
    actor_user_id: str(actor?.userId),
    actor_agency_id: str(actor?.agencyId),
    actor_role: str(actor?.role),
    plan_id: plan,
    task_id: str(d.taskId),
    agency_id: agencyId,
    indicator_id: str(d.indicatorId),
    agency_ids: [...concerned].sort(),
    occurred_at: instantOrNull(event.metadata?.occurredAt),
    recorded_at: event.recordedAt.toISOString(),
    summary: summarizeEvent({ type: event.type, data: event.data, actor }, labels),
    data: event.data,
    metadata: event.metadata,
  };
}
