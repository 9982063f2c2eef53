import type { RecordedEvent } from '@giaoviec/event-store';
import type {
  CompletionReturnedData,
  ContributionReportedData,
  ExtensionGrantedData,
  ExtensionRejectedData,
  ReminderSentData,
  TaskAssignedData,
  TaskDirectionGivenData,
  TaskEscalatedData,
  TaskReassignedData,
} from '@giaoviec/tasks';
import type { IndicatorDefinedData } from '@giaoviec/planning';
import type { AgencyRegisteredData, AgencyRenamedData } from '@giaoviec/agencies';
import type { Projection, ProjectionSql } from '../../projection/projection';
import { indicatorNotificationsOf, type NotificationIndicator } from './indicator-notifications';
import { instantOrNull, qualified } from '../shared/sql';
import {
  channelLabel,
  escalationLevelLabel,
  quoted,
  recurrencePeriodLabel,
  reminderKindLabel,
  taskReference,
  vietnameseDate,
  vietnameseNumber,
} from '../shared/vietnamese';

/**
 * rm_notifications: in-app notifications. A row targets one user (`user_id`), or every user
 * of an agency (`agency_id`, optionally only one `role`). Written from the events that say a
 * reminder was sent or a task escalated; the reminders work adds its own kinds later.
 *
 * - ReminderSent on channel `in_app`: one row per recipient, whose entries are user ids;
 *   on any other channel (the e-mail itself reached the people): one row for the lead agency,
 *   shared by every channel of the same reminder.
 * - TaskEscalated: one row for the lead agency.
 * - TaskAssigned, TaskReassigned: one row for the agency that now leads the task.
 * - CompletionReturned, ExtensionGranted, ExtensionRejected: one row for the lead agency,
 *   which is waiting for that decision.
 * - TaskDirectionGiven: one row for the lead agency, which is to act on it.
 * - IndicatorValueReturned: one row for the indicator's responsible agency (no task), which
 *   reports the period again; the indicator's name comes from rm_notification_indicators.
 * - ContributionReported: one row for the lead agency, whose work builds on the coordinator's.
 *
 * rm_notification_tasks: what a notification says about its task (number, title, lead
 * agency), kept by this projection alone. Idempotent: notification ids are derived from the
 * event's facts; the task lookup keeps its stream version.
 *
 * Whether a user has read a notification is not here: it is that person's screen state, not
 * a fact of the work, kept in notification_reads (app schema) by notification id, which a
 * rebuild derives again the same, so marks outlive every generation.
 *
 * 2: no read_at column (see above); reminders and escalations named in Vietnamese words.
 * 3: assignments, reassignments, returned completions and extension decisions notify too.
 * 4: a direction (ý kiến chỉ đạo) notifies the lead agency.
 * 5: returned KPI values notify the responsible agency (rm_notification_indicators).
 * 6: a coordinating agency's contribution notifies the lead agency, which answers for the whole task.
 * 7: the contribution's notification names the coordinating agency (rm_notification_agencies),
 *    under the name it had when it reported.
 */
export class NotificationsProjection implements Projection {
  readonly name = 'notifications';
  readonly version = 7;
  /** No past read shows notifications: the as-of generations leave them out. */
  readonly pointInTime = null;
  readonly eventTypes: readonly string[] = [
    'TaskAssigned',
    'TaskReassigned',
    'ReminderSent',
    'TaskEscalated',
    'CompletionReturned',
    'ExtensionGranted',
    'ExtensionRejected',
    'TaskDirectionGiven',
    'IndicatorDefined',
    'IndicatorValueReturned',
    'ContributionReported',
    'AgencyRegistered',
    'AgencyRenamed',
  ];

  createTables(schema: string): readonly string[] {
    const notifications = qualified(schema, 'rm_notifications');
    return [
      `CREATE TABLE IF NOT EXISTS ${notifications} (
        notification_id text PRIMARY KEY,
        user_id text,
        agency_id text,
        role text,
        task_id text,
        plan_id text,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        position text COLLATE "C" NOT NULL,
        CHECK (user_id IS NOT NULL OR agency_id IS NOT NULL)
      )`,
      `CREATE INDEX IF NOT EXISTS rm_notifications_user_idx ON ${notifications} (user_id, created_at DESC)
         WHERE user_id IS NOT NULL`,
      `CREATE INDEX IF NOT EXISTS rm_notifications_agency_idx ON ${notifications} (agency_id, created_at DESC)
         WHERE user_id IS NULL`,
      `CREATE TABLE IF NOT EXISTS ${qualified(schema, 'rm_notification_tasks')} (
        task_id text PRIMARY KEY,
        plan_id text NOT NULL,
        code text,
        title text NOT NULL,
        lead_agency_id text NOT NULL,
        version integer NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS ${qualified(schema, 'rm_notification_agencies')} (
        agency_id text PRIMARY KEY,
        name text NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS ${qualified(schema, 'rm_notification_indicators')} (
        indicator_id text PRIMARY KEY,
        plan_id text NOT NULL,
        name text NOT NULL
      )`,
    ];
  }

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql, schema: string): Promise<void> {
    const tasks = await this.loadTasks(events, sql, schema);
    const agencyNames = await this.agencyNames(events, sql, schema);
    const changedTasks = new Set<string>();
    const changedAgencies = new Set<string>();
    const notifications: NotificationRow[] = await this.indicatorNotifications(events, sql, schema);
    for (const event of events) {
      // In log order, so a notification names the agency as it was called when it acted.
      if (event.type === 'AgencyRegistered') {
        const d = event.data as AgencyRegisteredData;
        agencyNames.set(d.agencyId, d.name);
        changedAgencies.add(d.agencyId);
      } else if (event.type === 'AgencyRenamed') {
        const d = event.data as AgencyRenamedData;
        agencyNames.set(d.agencyId, d.newName);
        changedAgencies.add(d.agencyId);
      }
      const taskId = (event.data as { taskId?: unknown }).taskId;
      if (typeof taskId !== 'string') continue;
      const task = tasks.get(taskId);
      // The task's facts first, so the notification of an assignment names the task it creates.
      // A replayed event writes the same notification id again, which the insert ignores.
      if (event.type === 'TaskAssigned' && !(task && task.version >= event.streamVersion)) {
        const d = event.data as TaskAssignedData;
        tasks.set(taskId, {
          task_id: taskId,
          plan_id: d.planId,
          code: d.code,
          title: d.title,
          lead_agency_id: d.leadAgencyId,
          version: event.streamVersion,
        });
        changedTasks.add(taskId);
      } else if (event.type === 'TaskReassigned' && task && task.version < event.streamVersion) {
        const d = event.data as TaskReassignedData;
        tasks.set(taskId, { ...task, lead_agency_id: d.toAgencyId, version: event.streamVersion });
        changedTasks.add(taskId);
      }
      notifications.push(...notificationsOf(event, tasks.get(taskId), agencyNames));
    }
    if (changedAgencies.size > 0) {
      await sql.query(
        `INSERT INTO ${qualified(schema, 'rm_notification_agencies')} (agency_id, name)
         SELECT x.agency_id, x.name FROM jsonb_to_recordset($1::jsonb) AS x(agency_id text, name text)
         ON CONFLICT (agency_id) DO UPDATE SET name = EXCLUDED.name`,
        [JSON.stringify([...changedAgencies].map((id) => ({ agency_id: id, name: agencyNames.get(id) })))],
      );
    }
    if (changedTasks.size > 0) {
      const table = qualified(schema, 'rm_notification_tasks');
      await sql.query(
        `INSERT INTO ${table} (task_id, plan_id, code, title, lead_agency_id, version)
         SELECT x.task_id, x.plan_id, x.code, x.title, x.lead_agency_id, x.version
           FROM jsonb_to_recordset($1::jsonb)
             AS x(task_id text, plan_id text, code text, title text, lead_agency_id text, version integer)
         ON CONFLICT (task_id) DO UPDATE SET lead_agency_id = EXCLUDED.lead_agency_id, version = EXCLUDED.version
          WHERE ${table}.version < EXCLUDED.version`,
        [JSON.stringify([...changedTasks].map((id) => tasks.get(id)))],
      );
    }
    if (notifications.length > 0) {
      await sql.query(
        `INSERT INTO ${qualified(schema, 'rm_notifications')} (notification_id, user_id, agency_id, role, task_id,
            plan_id, kind, title, body, created_at, position)
         SELECT x.notification_id, x.user_id, x.agency_id, x.role, x.task_id, x.plan_id, x.kind, x.title, x.body,
                x.created_at, x.position
           FROM jsonb_to_recordset($1::jsonb) AS x(notification_id text, user_id text, agency_id text, role text,
                task_id text, plan_id text, kind text, title text, body text, created_at timestamptz, position text)
         ON CONFLICT (notification_id) DO NOTHING`,
        [JSON.stringify(dedupe(notifications))],
      );
    }
  }

  /** Records the names of indicators defined, then the notifications of their values returned. */
  private async indicatorNotifications(
    events: readonly RecordedEvent[],
    sql: ProjectionSql,
    schema: string,
  ): Promise<NotificationRow[]> {
    const table = qualified(schema, 'rm_notification_indicators');
    const defined = events
      .filter((event) => event.type === 'IndicatorDefined')
      .map((event) => {
        const d = event.data as IndicatorDefinedData;
        return { indicator_id: d.indicatorId, plan_id: d.planId, name: d.name };
      });
    if (defined.length > 0) {
      await sql.query(
        `INSERT INTO ${table} (indicator_id, plan_id, name)
         SELECT x.indicator_id, x.plan_id, x.name
           FROM jsonb_to_recordset($1::jsonb) AS x(indicator_id text, plan_id text, name text)
         ON CONFLICT (indicator_id) DO NOTHING`,
        [JSON.stringify(defined)],
      );
    }
    const returned = events.filter((event) => event.type === 'IndicatorValueReturned');
    if (returned.length === 0) return [];
    const { rows } = await sql.query<NotificationIndicator>(
      `SELECT indicator_id, plan_id, name FROM ${table} WHERE indicator_id = ANY($1::text[])`,
      [returned.map((event) => (event.data as { indicatorId: string }).indicatorId)],
    );
    const byId = new Map(rows.map((row) => [row.indicator_id, row]));
    return returned.flatMap((event) =>
      indicatorNotificationsOf(event, byId.get((event.data as { indicatorId: string }).indicatorId)),
    );
  }

  /** The names of the agencies whose contributions the batch reports. */
  private async agencyNames(events: readonly RecordedEvent[], sql: ProjectionSql, schema: string) {
    const ids = [
      ...new Set(
        events
          .filter((event) => event.type === 'ContributionReported')
          .map((event) => (event.data as ContributionReportedData).agencyId),
      ),
    ];
    if (ids.length === 0) return new Map<string, string>();
    const { rows } = await sql.query<{ agency_id: string; name: string }>(
      `SELECT agency_id, name FROM ${qualified(schema, 'rm_notification_agencies')} WHERE agency_id = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.agency_id, row.name]));
  }

  private async loadTasks(events: readonly RecordedEvent[], sql: ProjectionSql, schema: string) {
    const ids = [
      ...new Set(
        events
          .map((event) => (event.data as { taskId?: unknown }).taskId)
          .filter((id) => typeof id === 'string'),
      ),
    ];
    const { rows } = await sql.query<NotificationTask>(
      `SELECT task_id, plan_id, code, title, lead_agency_id, version
         FROM ${qualified(schema, 'rm_notification_tasks')} WHERE task_id = ANY($1::text[])`,
      [ids],
    );
    return new Map<string, NotificationTask>(rows.map((row) => [row.task_id, row]));
  }
}

export type NotificationTask = {
  task_id: string;
  plan_id: string;
  code: string | null;
  title: string;
  lead_agency_id: string;
  version: number;
};

export interface NotificationRow {
  readonly notification_id: string;
  readonly user_id: string | null;
  readonly agency_id: string | null;
  readonly role: string | null;
  readonly task_id: string | null;
  readonly plan_id: string | null;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly created_at: string;
  readonly position: string;
}

/** The notifications an event gives rise to. Pure: ids and texts derive from the event and the task it names. */
export function notificationsOf(
  event: RecordedEvent,
  task: NotificationTask | undefined,
  agencyNames: ReadonlyMap<string, string> = new Map(),
): NotificationRow[] {
  const createdAt = instantOrNull(event.metadata.occurredAt) ?? event.recordedAt.toISOString();
  const label = task ? { code: task.code, title: task.title } : undefined;
  const reference = taskReference(label, (event.data as { taskId?: unknown }).taskId);
  const Reference = reference.charAt(0).toUpperCase() + reference.slice(1);
  const common = {
    task_id: task?.task_id ?? String((event.data as { taskId?: unknown }).taskId),
    plan_id: task?.plan_id ?? null,
    created_at: createdAt,
    position: event.checkpoint,
  };
  const about = task ? `${quoted(task.title, 300)}` : '';

  if (event.type === 'ReminderSent') {
    const d = event.data as ReminderSentData;
    const id = `reminder:${d.taskId}:${d.kind}:${d.dueDate}`;
    // A recurring report's reminder names the period owed; reminders recorded before it was kept read as before.
    const period = d.periodKey ? `báo cáo ${recurrencePeriodLabel(d.periodKey)} ` : '';
    const due = `hạn ${period ? 'nộp ' : ''}${vietnameseDate(d.dueDate)}`;
    const title = `${Reference}: ${period}${reminderKindLabel(d.kind)} (${due})`;
    const body = `${about}${about ? ' — ' : ''}${period ? `${period.trim()}, ` : ''}${due}. Nhắc qua ${channelLabel(d.channel)}.`;
    const kind = `reminder.${d.kind}`;
    if (d.channel === 'in_app') {
      return (d.recipients ?? []).map((userId) => ({
        ...common,
        notification_id: `${id}:user:${userId}`,
        user_id: userId,
        agency_id: task?.lead_agency_id ?? null,
        role: null,
        kind,
        title,
        body,
      }));
    }
    return task ? toLeadAgency(task, common, `${id}:agency`, kind, title, body) : [];
  }
  if (!task) return [];
  const toLead = (notification_id: string, kind: string, title: string, body: string) =>
    toLeadAgency(task, common, notification_id, kind, title, body);
  switch (event.type) {
    case 'TaskEscalated': {
      const d = event.data as TaskEscalatedData;
      return toLead(
        `escalation:${d.taskId}:${d.level}:${d.dueDate}`,
        `escalation.${d.level}`,
        `${Reference} quá hạn ${vietnameseNumber(d.daysOverdue)} ngày làm việc đã được báo cáo lên ${escalationLevelLabel(d.level)}`,
        `${about}${about ? ' — ' : ''}hạn ${vietnameseDate(d.dueDate)}.${d.reason ? ` Lý do: ${quoted(d.reason)}.` : ''}`,
      );
    }
    case 'TaskAssigned': {
      const d = event.data as TaskAssignedData;
      return toLead(
        `assigned:${d.taskId}`,
        'task.assigned',
        `Đơn vị được giao ${reference}`,
        `${about} — ${d.dueDate ? `hạn ${vietnameseDate(d.dueDate)}` : 'không có thời hạn cụ thể'}. Đơn vị cần tiếp nhận nhiệm vụ.`,
      );
    }
    case 'TaskReassigned': {
      const d = event.data as TaskReassignedData;
      return toLead(
        `reassigned:${d.taskId}:${event.streamVersion}`,
        'task.reassigned',
        `${Reference} được chuyển đến đơn vị chủ trì`,
        `${about}${d.newDueDate ? ` — hạn mới ${vietnameseDate(d.newDueDate)}` : ''}. Lý do: ${quoted(d.reason)}. Đơn vị cần tiếp nhận nhiệm vụ.`,
      );
    }
    case 'CompletionReturned': {
      const d = event.data as CompletionReturnedData;
      return toLead(
        `returned:${d.taskId}:${event.streamVersion}`,
        'task.completion_returned',
        `Kết quả ${reference} bị trả lại, cần bổ sung`,
        `${about} — lý do: ${quoted(d.reason)}.`,
      );
    }
    case 'ExtensionGranted': {
      const d = event.data as ExtensionGrantedData;
      return toLead(
        `extension:${d.taskId}:${d.requestId}`,
        'extension.granted',
        `Đề nghị gia hạn ${reference} được đồng ý`,
        `${about} — hạn mới ${vietnameseDate(d.newDueDate)} (hạn cũ ${vietnameseDate(d.previousDueDate)}).${d.note ? ` Ghi chú: ${quoted(d.note)}.` : ''}`,
      );
    }
    case 'ExtensionRejected': {
      const d = event.data as ExtensionRejectedData;
      return toLead(
        `extension:${d.taskId}:${d.requestId}`,
        'extension.rejected',
        `Đề nghị gia hạn ${reference} không được đồng ý`,
        `${about} — lý do: ${quoted(d.reason)}. Thời hạn giữ nguyên.`,
      );
    }
    case 'TaskDirectionGiven': {
      const d = event.data as TaskDirectionGivenData;
      return toLead(
        `direction:${d.taskId}:${d.directionId}`,
        'task.direction',
        `Ý kiến chỉ đạo về ${reference}`,
        `${about}${about ? ' — ' : ''}${quoted(d.text, 500)}`,
      );
    }
    case 'ContributionReported': {
      const d = event.data as ContributionReportedData;
      const percent =
        typeof d.percentComplete === 'number' ? ` (${vietnameseNumber(d.percentComplete)}%)` : '';
      return toLead(
        `contribution:${d.taskId}:${d.agencyId}:${d.reportId}`,
        'coordination.contribution_reported',
        `${agencyNames.get(d.agencyId) ?? 'Đơn vị phối hợp'} đã báo cáo phần phối hợp ${reference}`,
        `${about} — báo cáo ngày ${vietnameseDate(d.reportedOn)}${percent}: ${quoted(d.summary, 300)}.`,
      );
    }
    default:
      return [];
  }
}

/** One row for every user of the agency that leads the task. */
function toLeadAgency(
  task: NotificationTask,
  common: Pick<NotificationRow, 'task_id' | 'plan_id' | 'created_at' | 'position'>,
  notification_id: string,
  kind: string,
  title: string,
  body: string,
): NotificationRow[] {
  return [
    {
      ...common,
      notification_id,
      user_id: null,
      agency_id: task.lead_agency_id,
      role: null,
      kind,
      title,
      body,
    },
  ];
}

/** Several channels of one reminder in one batch give one agency row: keep the first. */
function dedupe(rows: readonly NotificationRow[]): NotificationRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.notification_id) && seen.add(row.notification_id));
}
