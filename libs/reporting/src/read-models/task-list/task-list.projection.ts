import type { RecordedEvent } from '@giaoviec/event-store';
import { localDateAt, type LocalDate } from '@giaoviec/kernel';
import {
  isAssigned,
  judgeCompletion,
  newCoordinatorPart,
  taskDecider,
  TASK_EVENT_TYPES,
  withDeadlineChange,
  type AssignedTaskState,
  type CoordinatorPart,
  type DeadlineHistoryEntry,
  type TaskEvent,
  type TaskState,
} from '@giaoviec/tasks';
import type { Projection, ProjectionSql } from '../../projection/projection';
import { instantOrNull, isoDate, isoInstant, qualified, stringOrNull } from '../shared/sql';
import { codeSortKey } from './code-sort-key';

/**
 * rm_tasks: one row per task, the facts the task list, the overdue board and the dashboards
 * read (status, deadlines, last report, last reminder, escalation), folded with the task
 * aggregate's own `evolve`, so the read model can never disagree with the decider about a
 * status. Categories and days overdue depend on today and are computed at query time
 * (task-category.sql.ts). rm_task_groups: one row per fan-out group ("27 of 40 done").
 *
 * Idempotent: each row keeps the stream version it reflects; an event at or below it is
 * skipped, so applying a batch twice changes nothing.
 */
export class TaskListProjection implements Projection {
  readonly name = 'task-list';
  /**
   * 2: the pending extension request (id, date asked for, reason, day asked) for "Chờ xử lý".
   * 3: the period in hand of a recurring report (its deadline is due_date) and whether the recurrence ended.
   * 4: the original deadline, the deadline history, and completion judged against both deadlines.
   * 5: the source (document number, section, quoted text), to find a task by section or by its words.
   * 6: each coordinating agency's part (state, acknowledged, first and last contribution, on time), for their records.
   */
  readonly version = 6;
  readonly eventTypes: readonly string[] = TASK_EVENT_TYPES;

  createTables(schema: string): readonly string[] {
    const tasks = qualified(schema, 'rm_tasks');
    const groups = qualified(schema, 'rm_task_groups');
    return [
      `CREATE TABLE IF NOT EXISTS ${tasks} (
        task_id text PRIMARY KEY,
        plan_id text NOT NULL,
        code text,
        code_sort text COLLATE "C" NOT NULL,
        title text NOT NULL,
        lead_agency_id text NOT NULL,
        coordinating_agency_ids text[] NOT NULL DEFAULT '{}',
        status text NOT NULL,
        acknowledged boolean NOT NULL,
        due_date date,
        due_date_is_period_end boolean NOT NULL DEFAULT false,
        recurrence jsonb,
        period_in_hand jsonb,
        recurrence_ended boolean NOT NULL DEFAULT false,
        assigned_on date NOT NULL,
        completed_on date,
        due_date_at_completion date,
        last_progress_on date,
        last_percent_complete double precision,
        last_report_summary text,
        last_report_agency_id text,
        last_reminder_at timestamptz,
        last_reminder_on date,
        last_reminder_kind text,
        last_reminder_channel text,
        escalation_level text,
        escalated_on date,
        group_id text,
        pending_extension_request_id text,
        pending_extension_due_date date,
        pending_extension_reason text,
        pending_extension_requested_on date,
        original_due_date date,
        extension_count integer NOT NULL DEFAULT 0,
        deadline_history jsonb NOT NULL DEFAULT '[]',
        completed_on_time boolean,
        completed_on_time_original boolean,
        coordinators jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL,
        position text NOT NULL
      )`,
      // Generations built with an older version get the columns empty; a rebuild fills them.
      ...[
        ...PENDING_EXTENSION_COLUMNS,
        ...RECURRING_PERIOD_COLUMNS,
        ...DEADLINE_HISTORY_COLUMNS,
        ...SOURCE_COLUMNS,
        ...COORDINATOR_COLUMNS,
      ].map(([column, type]) => `ALTER TABLE ${tasks} ADD COLUMN IF NOT EXISTS ${column} ${type}`),
      // "Chờ xử lý": extension requests awaiting a decision and completions awaiting review.
      `CREATE INDEX IF NOT EXISTS rm_tasks_pending_idx ON ${tasks} ((COALESCE(due_date, 'infinity'::date)), code_sort, task_id)
         WHERE pending_extension_request_id IS NOT NULL OR status = 'completed'`,
      // The list's order: due date (nulls last), then the plan item number.
      `CREATE INDEX IF NOT EXISTS rm_tasks_sort_idx ON ${tasks} ((COALESCE(due_date, 'infinity'::date)), code_sort, task_id)`,
      // By agency and by plan, carrying every column the dashboards count with: at a million
      // tasks the counts come from index-only scans instead of reading the wide rows.
      `CREATE INDEX IF NOT EXISTS rm_tasks_lead_counts_idx ON ${tasks} (lead_agency_id, status, due_date)
         INCLUDE (completed_on, due_date_at_completion, plan_id, extension_count, completed_on_time, completed_on_time_original)`,
      `CREATE INDEX IF NOT EXISTS rm_tasks_coordinating_idx ON ${tasks} USING gin (coordinating_agency_ids)`,
      `CREATE INDEX IF NOT EXISTS rm_tasks_plan_counts_idx ON ${tasks} (plan_id, status)
         INCLUDE (code, code_sort, lead_agency_id, due_date, completed_on, due_date_at_completion, group_id,
                  extension_count, completed_on_time, completed_on_time_original)`,
      // Superseded by the two above (generations built before them still have these).
      `DROP INDEX IF EXISTS ${qualified(schema, 'rm_tasks_lead_idx')}`,
      `DROP INDEX IF EXISTS ${qualified(schema, 'rm_tasks_plan_idx')}`,
      // GET /tasks?section=: a prefix of the code or of the source's section.
      `CREATE INDEX IF NOT EXISTS rm_tasks_code_prefix_idx ON ${tasks} (code text_pattern_ops)`,
      `CREATE INDEX IF NOT EXISTS rm_tasks_source_section_idx ON ${tasks} (source_section text_pattern_ops)`,
      `CREATE INDEX IF NOT EXISTS rm_tasks_group_idx ON ${tasks} (group_id) WHERE group_id IS NOT NULL`,
      // The overdue board: open tasks with a deadline, oldest deadline first.
      `CREATE INDEX IF NOT EXISTS rm_tasks_open_due_idx ON ${tasks} (due_date, code_sort)
         WHERE status IN ('assigned', 'in_progress') AND due_date IS NOT NULL`,
      `CREATE TABLE IF NOT EXISTS ${groups} (
        group_id text PRIMARY KEY,
        plan_id text NOT NULL,
        code text,
        title text NOT NULL,
        assigned_on date NOT NULL,
        position text NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS rm_task_groups_plan_idx ON ${groups} (plan_id)`,
    ];
  }

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql, schema: string): Promise<void> {
    const taskIds = [
      ...new Set(events.map((event) => stringOrNull((event.data as { taskId?: unknown }).taskId))),
    ];
    const known = taskIds.filter((id): id is string => id !== null);
    if (known.length === 0) return;
    const rows = await this.load(known, sql, schema);
    const touched = new Set<string>();
    const groups: TaskGroupRow[] = [];
    for (const event of events) {
      const taskId = stringOrNull((event.data as { taskId?: unknown }).taskId);
      if (taskId === null) continue;
      const current = rows.get(taskId);
      if (current && event.streamVersion <= current.version) continue;
      if (!current && event.type !== 'TaskAssigned') continue;
      const next = foldTaskRow(current, event);
      if (!next) continue;
      rows.set(taskId, next);
      touched.add(taskId);
      if (event.type === 'TaskAssigned' && next.state.groupId !== null) {
        groups.push({
          group_id: next.state.groupId,
          plan_id: next.state.planId,
          code: next.state.code,
          title: next.state.title,
          assigned_on: next.state.assignedOn,
          position: event.checkpoint,
        });
      }
    }
    if (touched.size > 0)
      await this.save(
        [...touched].map((id) => rows.get(id)!),
        sql,
        schema,
      );
    if (groups.length > 0) await this.saveGroups(groups, sql, schema);
  }

  private async load(taskIds: string[], sql: ProjectionSql, schema: string): Promise<Map<string, TaskRow>> {
    const { rows } = await sql.query<StoredTaskRow>(
      `SELECT task_id, plan_id, code, title, lead_agency_id, coordinating_agency_ids, status, acknowledged,
              ${isoDate('due_date')} AS due_date, due_date_is_period_end, recurrence, period_in_hand, recurrence_ended,
              ${isoDate('assigned_on')} AS assigned_on, ${isoDate('completed_on')} AS completed_on,
              ${isoDate('due_date_at_completion')} AS due_date_at_completion,
              ${isoDate('last_progress_on')} AS last_progress_on, last_percent_complete,
              last_report_summary, last_report_agency_id, ${isoInstant('last_reminder_at')} AS last_reminder_at,
              ${isoDate('last_reminder_on')} AS last_reminder_on, last_reminder_kind, last_reminder_channel,
              escalation_level, ${isoDate('escalated_on')} AS escalated_on, group_id,
              pending_extension_request_id, ${isoDate('pending_extension_due_date')} AS pending_extension_due_date,
              pending_extension_reason,
              ${isoDate('pending_extension_requested_on')} AS pending_extension_requested_on,
              ${isoDate('original_due_date')} AS original_due_date, deadline_history,
              source_document_number, source_section, source_quoted_text, coordinators, version, position
         FROM ${qualified(schema, 'rm_tasks')}
        WHERE task_id = ANY($1::text[])`,
      [taskIds],
    );
    return new Map(rows.map((row) => [row.task_id, fromStored(row)]));
  }

  private async save(rows: TaskRow[], sql: ProjectionSql, schema: string): Promise<void> {
    const tasks = qualified(schema, 'rm_tasks');
    const updatable = TASK_COLUMNS.filter((column) => column !== 'task_id');
    await sql.query(
      `INSERT INTO ${tasks} (${TASK_COLUMNS.join(', ')})
       SELECT x.task_id, x.plan_id, x.code, x.code_sort, x.title, x.lead_agency_id,
              ARRAY(SELECT jsonb_array_elements_text(x.coordinating_agency_ids)), x.status, x.acknowledged,
              x.due_date, x.due_date_is_period_end, x.recurrence, x.period_in_hand, x.recurrence_ended, x.assigned_on, x.completed_on,
              x.due_date_at_completion, x.last_progress_on, x.last_percent_complete, x.last_report_summary,
              x.last_report_agency_id, x.last_reminder_at, x.last_reminder_on, x.last_reminder_kind,
              x.last_reminder_channel, x.escalation_level, x.escalated_on, x.group_id,
              x.pending_extension_request_id, x.pending_extension_due_date, x.pending_extension_reason,
              x.pending_extension_requested_on, x.original_due_date, x.extension_count, x.deadline_history,
              x.completed_on_time, x.completed_on_time_original, x.source_document_number, x.source_section,
              x.source_quoted_text, x.coordinators, x.version, x.position
         FROM jsonb_to_recordset($1::jsonb) AS x(
              task_id text, plan_id text, code text, code_sort text, title text, lead_agency_id text,
              coordinating_agency_ids jsonb, status text, acknowledged boolean, due_date date,
              due_date_is_period_end boolean, recurrence jsonb, period_in_hand jsonb, recurrence_ended boolean,
              assigned_on date, completed_on date,
              due_date_at_completion date, last_progress_on date, last_percent_complete double precision,
              last_report_summary text, last_report_agency_id text, last_reminder_at timestamptz,
              last_reminder_on date, last_reminder_kind text, last_reminder_channel text,
              escalation_level text, escalated_on date, group_id text, pending_extension_request_id text,
              pending_extension_due_date date, pending_extension_reason text,
              pending_extension_requested_on date, original_due_date date, extension_count integer,
              deadline_history jsonb, completed_on_time boolean, completed_on_time_original boolean,
              source_document_number text, source_section text, source_quoted_text text,
              coordinators jsonb, version integer, position text)
       ON CONFLICT (task_id) DO UPDATE SET ${updatable.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
        WHERE ${tasks}.version < EXCLUDED.version`,
      [JSON.stringify(rows.map(toStored))],
    );
  }

  private async saveGroups(groups: TaskGroupRow[], sql: ProjectionSql, schema: string): Promise<void> {
    await sql.query(
      `INSERT INTO ${qualified(schema, 'rm_task_groups')} (group_id, plan_id, code, title, assigned_on, position)
       SELECT DISTINCT ON (x.group_id) x.group_id, x.plan_id, x.code, x.title, x.assigned_on, x.position
         FROM jsonb_to_recordset($1::jsonb)
           AS x(group_id text, plan_id text, code text, title text, assigned_on date, position text)
        ORDER BY x.group_id, x.position
       ON CONFLICT (group_id) DO NOTHING`,
      [JSON.stringify(groups)],
    );
  }
}

/** What the read model keeps beside the aggregate's state: facts only the screens need. */
interface TaskExtras {
  readonly lastReportSummary: string | null;
  readonly lastReportAgencyId: string | null;
  readonly lastReminderAt: string | null;
  readonly lastReminderOn: LocalDate | null;
  readonly lastReminderKind: string | null;
  readonly lastReminderChannel: string | null;
  readonly escalatedOn: LocalDate | null;
  /** Of the pending extension request (the aggregate keeps only its id and date). */
  readonly pendingExtensionReason: string | null;
  readonly pendingExtensionRequestedOn: LocalDate | null;
  /** The deadline given at assignment. */
  readonly originalDueDate: LocalDate | null;
  /** Every change of deadline, oldest first. */
  readonly deadlineHistory: readonly DeadlineHistoryEntry[];
}

/*
 * The deadline history is kept as jsonb in the task's row rather than a child table: a task
 * has a handful of changes at most, always read whole with their task, and written by the
 * same versioned upsert, so a replay can never duplicate or lose one. Names are joined when
 * read (rm_audit_labels, rm_agencies), as everywhere else.
 */
interface TaskRow {
  readonly state: AssignedTaskState;
  readonly extras: TaskExtras;
  readonly version: number;
  readonly position: string;
}

interface TaskGroupRow {
  readonly group_id: string;
  readonly plan_id: string;
  readonly code: string | null;
  readonly title: string;
  readonly assigned_on: LocalDate;
  readonly position: string;
}

const NO_EXTRAS: TaskExtras = {
  lastReportSummary: null,
  lastReportAgencyId: null,
  lastReminderAt: null,
  lastReminderOn: null,
  lastReminderKind: null,
  lastReminderChannel: null,
  escalatedOn: null,
  pendingExtensionReason: null,
  pendingExtensionRequestedOn: null,
  originalDueDate: null,
  deadlineHistory: [],
};

const RECURRING_PERIOD_COLUMNS = [
  ['period_in_hand', 'jsonb'],
  ['recurrence_ended', 'boolean NOT NULL DEFAULT false'],
] as const;

const DEADLINE_HISTORY_COLUMNS = [
  ['original_due_date', 'date'],
  ['extension_count', 'integer NOT NULL DEFAULT 0'],
  ['deadline_history', `jsonb NOT NULL DEFAULT '[]'`],
  ['completed_on_time', 'boolean'],
  ['completed_on_time_original', 'boolean'],
] as const;

const SOURCE_COLUMNS = [
  ['source_document_number', 'text'],
  ['source_section', 'text'],
  ['source_quoted_text', 'text'],
] as const;

/*
 * Each coordinating part as jsonb in the task's row, like the deadline history: a few per task,
 * always read with it, written by the same versioned upsert. The report ids, which only guard
 * commands, stay in the stream.
 */
const COORDINATOR_COLUMNS = [['coordinators', `jsonb NOT NULL DEFAULT '[]'`]] as const;

type StoredCoordinatorPart = Omit<CoordinatorPart, 'contributionReportIds'>;

const PENDING_EXTENSION_COLUMNS = [
  ['pending_extension_request_id', 'text'],
  ['pending_extension_due_date', 'date'],
  ['pending_extension_reason', 'text'],
  ['pending_extension_requested_on', 'date'],
] as const;

/** One event folded into a row: the aggregate's evolve for the state, plus the screen-only facts. */
export function foldTaskRow(current: TaskRow | undefined, event: RecordedEvent): TaskRow | undefined {
  const before: TaskState = current?.state ?? taskDecider.initialState();
  const state = taskDecider.evolve(before, { type: event.type, data: event.data } as TaskEvent);
  if (!isAssigned(state)) return undefined;
  const extras = withDeadlineHistory(
    evolveExtras(current?.extras ?? NO_EXTRAS, event, state),
    event,
    before,
    current?.extras,
  );
  return { state, extras, version: event.streamVersion, position: event.checkpoint };
}

/** The original deadline at assignment; a change of deadline appended with its actor and time. */
function withDeadlineHistory(
  extras: TaskExtras,
  event: RecordedEvent,
  before: TaskState,
  previous: TaskExtras | undefined,
): TaskExtras {
  if (event.type === 'TaskAssigned') {
    return { ...extras, originalDueDate: stringOrNull((event.data as { dueDate?: unknown }).dueDate) };
  }
  if (!isAssigned(before)) return extras;
  const deadlineHistory = withDeadlineChange(
    extras.deadlineHistory,
    before,
    event as unknown as TaskEvent,
    // The request's reason: evolveExtras has just cleared it from `extras` on a grant.
    previous?.pendingExtensionReason ?? null,
    {
      by: event.metadata.actor,
      at: instantOrNull(event.metadata.occurredAt) ?? event.recordedAt.toISOString(),
    },
  );
  return deadlineHistory === extras.deadlineHistory ? extras : { ...extras, deadlineHistory };
}

function evolveExtras(extras: TaskExtras, event: RecordedEvent, state: AssignedTaskState): TaskExtras {
  const data = event.data as Record<string, unknown>;
  const occurredAt = instantOrNull(event.metadata.occurredAt) ?? event.recordedAt.toISOString();
  let next = extras;
  switch (event.type) {
    case 'TaskAssigned':
      next = NO_EXTRAS;
      break;
    case 'ProgressReported':
      next = {
        ...extras,
        lastReportSummary: stringOrNull(data.summary),
        lastReportAgencyId: stringOrNull(data.agencyId),
      };
      break;
    case 'ReminderSent':
      next = {
        ...extras,
        lastReminderAt: occurredAt,
        lastReminderOn: localDateAt(new Date(occurredAt)),
        lastReminderKind: stringOrNull(data.kind),
        lastReminderChannel: stringOrNull(data.channel),
      };
      break;
    case 'TaskEscalated':
      next = { ...extras, escalatedOn: localDateAt(new Date(occurredAt)) };
      break;
    case 'ExtensionRequested':
      next = {
        ...extras,
        pendingExtensionReason: stringOrNull(data.reason),
        pendingExtensionRequestedOn: localDateAt(new Date(occurredAt)),
      };
      break;
  }
  // Granted, rejected, or lapsed (completed, reassigned, cancelled): nothing is pending any more.
  if (state.pendingExtension === null && next.pendingExtensionRequestedOn !== null) {
    next = { ...next, pendingExtensionReason: null, pendingExtensionRequestedOn: null };
  }
  // The aggregate clears the escalation when the deadline moves; the day it happened goes with it.
  return state.escalationLevel === null && next.escalatedOn !== null ? { ...next, escalatedOn: null } : next;
}

const TASK_COLUMNS = [
  'task_id',
  'plan_id',
  'code',
  'code_sort',
  'title',
  'lead_agency_id',
  'coordinating_agency_ids',
  'status',
  'acknowledged',
  'due_date',
  'due_date_is_period_end',
  'recurrence',
  'period_in_hand',
  'recurrence_ended',
  'assigned_on',
  'completed_on',
  'due_date_at_completion',
  'last_progress_on',
  'last_percent_complete',
  'last_report_summary',
  'last_report_agency_id',
  'last_reminder_at',
  'last_reminder_on',
  'last_reminder_kind',
  'last_reminder_channel',
  'escalation_level',
  'escalated_on',
  'group_id',
  'pending_extension_request_id',
  'pending_extension_due_date',
  'pending_extension_reason',
  'pending_extension_requested_on',
  'original_due_date',
  'extension_count',
  'deadline_history',
  'completed_on_time',
  'completed_on_time_original',
  'source_document_number',
  'source_section',
  'source_quoted_text',
  'coordinators',
  'version',
  'position',
] as const;

type StoredTaskRow = {
  task_id: string;
  plan_id: string;
  code: string | null;
  title: string;
  lead_agency_id: string;
  coordinating_agency_ids: string[];
  status: AssignedTaskState['status'];
  acknowledged: boolean;
  due_date: string | null;
  due_date_is_period_end: boolean;
  recurrence: AssignedTaskState['recurrence'];
  period_in_hand: AssignedTaskState['periodInHand'];
  recurrence_ended: boolean;
  assigned_on: string;
  completed_on: string | null;
  due_date_at_completion: string | null;
  last_progress_on: string | null;
  last_percent_complete: number | null;
  last_report_summary: string | null;
  last_report_agency_id: string | null;
  last_reminder_at: string | null;
  last_reminder_on: string | null;
  last_reminder_kind: string | null;
  last_reminder_channel: string | null;
  escalation_level: AssignedTaskState['escalationLevel'];
  escalated_on: string | null;
  group_id: string | null;
  pending_extension_request_id: string | null;
  pending_extension_due_date: string | null;
  pending_extension_reason: string | null;
  pending_extension_requested_on: string | null;
  original_due_date: string | null;
  deadline_history: DeadlineHistoryEntry[];
  source_document_number: string | null;
  source_section: string | null;
  source_quoted_text: string | null;
  coordinators: StoredCoordinatorPart[];
  version: number;
  position: string;
};

/** Derived from the rest of the row when it is written. */
type DerivedTaskColumns = {
  code_sort: string;
  extension_count: number;
  completed_on_time: boolean | null;
  completed_on_time_original: boolean | null;
};

/**
 * Back from a row to the aggregate's state. What the row does not keep (past request ids,
 * reminder keys, past periods' reports) only guards commands or is appended to; evolve never reads it to derive the columns above,
 * so empty values are safe here. The pending extension is kept, as the screens show it.
 */
function fromStored(row: StoredTaskRow): TaskRow {
  return {
    state: {
      status: row.status,
      taskId: row.task_id,
      planId: row.plan_id,
      code: row.code,
      title: row.title,
      groupId: row.group_id,
      leadAgencyId: row.lead_agency_id,
      coordinatingAgencyIds: row.coordinating_agency_ids,
      coordinators: storedParts(row),
      dueDate: row.due_date,
      recurrence: row.recurrence,
      periodInHand: row.period_in_hand,
      periodReports: [],
      recurrenceEnded: row.recurrence_ended,
      dueDateIsPeriodEnd: row.due_date_is_period_end,
      assignedOn: row.assigned_on,
      planEndsOn: null,
      acknowledged: row.acknowledged,
      pendingExtension:
        row.pending_extension_request_id !== null && row.pending_extension_due_date !== null
          ? { requestId: row.pending_extension_request_id, requestedDueDate: row.pending_extension_due_date }
          : null,
      extensionRequestIds: [],
      escalationLevel: row.escalation_level,
      remindersSent: [],
      completedOn: row.completed_on,
      dueDateAtCompletion: row.due_date_at_completion,
      lastProgressOn: row.last_progress_on,
      lastPercentComplete: row.last_percent_complete,
      source:
        row.source_section !== null && row.source_quoted_text !== null
          ? {
              documentNumber: row.source_document_number,
              section: row.source_section,
              quotedText: row.source_quoted_text,
            }
          : null,
    },
    extras: {
      lastReportSummary: row.last_report_summary,
      lastReportAgencyId: row.last_report_agency_id,
      lastReminderAt: row.last_reminder_at,
      lastReminderOn: row.last_reminder_on,
      lastReminderKind: row.last_reminder_kind,
      lastReminderChannel: row.last_reminder_channel,
      escalatedOn: row.escalated_on,
      pendingExtensionReason: row.pending_extension_reason,
      pendingExtensionRequestedOn: row.pending_extension_requested_on,
      originalDueDate: row.original_due_date,
      deadlineHistory: row.deadline_history,
    },
    version: row.version,
    position: row.position,
  };
}

/** A coordinating agency the row has no part for (a generation before version 6) starts not acknowledged. */
function storedParts(row: StoredTaskRow): CoordinatorPart[] {
  return row.coordinating_agency_ids.map((agencyId) => {
    const stored = row.coordinators.find((part) => part.agencyId === agencyId);
    return stored ? { ...stored, contributionReportIds: [] } : newCoordinatorPart(agencyId);
  });
}

function toStored({ state, extras, version, position }: TaskRow): StoredTaskRow & DerivedTaskColumns {
  const judged = judgeCompletion(state, extras.originalDueDate);
  return {
    task_id: state.taskId,
    plan_id: state.planId,
    code: state.code,
    code_sort: codeSortKey(state.code),
    title: state.title,
    lead_agency_id: state.leadAgencyId,
    coordinating_agency_ids: [...state.coordinatingAgencyIds],
    status: state.status,
    acknowledged: state.acknowledged,
    due_date: state.dueDate,
    due_date_is_period_end: state.dueDateIsPeriodEnd,
    recurrence: state.recurrence,
    period_in_hand: state.periodInHand,
    recurrence_ended: state.recurrenceEnded,
    assigned_on: state.assignedOn,
    completed_on: state.completedOn,
    due_date_at_completion: state.dueDateAtCompletion,
    last_progress_on: state.lastProgressOn,
    last_percent_complete: state.lastPercentComplete,
    last_report_summary: extras.lastReportSummary,
    last_report_agency_id: extras.lastReportAgencyId,
    last_reminder_at: extras.lastReminderAt,
    last_reminder_on: extras.lastReminderOn,
    last_reminder_kind: extras.lastReminderKind,
    last_reminder_channel: extras.lastReminderChannel,
    escalation_level: state.escalationLevel,
    escalated_on: extras.escalatedOn,
    group_id: state.groupId,
    pending_extension_request_id: state.pendingExtension?.requestId ?? null,
    pending_extension_due_date: state.pendingExtension?.requestedDueDate ?? null,
    pending_extension_reason: extras.pendingExtensionReason,
    pending_extension_requested_on: extras.pendingExtensionRequestedOn,
    original_due_date: extras.originalDueDate,
    extension_count: extras.deadlineHistory.filter((change) => change.kind === 'extension').length,
    deadline_history: [...extras.deadlineHistory],
    completed_on_time: judged?.onTime ?? null,
    completed_on_time_original: judged?.onTimeAgainstOriginal ?? null,
    source_document_number: state.source?.documentNumber ?? null,
    source_section: state.source?.section ?? null,
    source_quoted_text: state.source?.quotedText ?? null,
    coordinators: state.coordinators.map(({ contributionReportIds: _, ...part }) => part),
    version,
    position,
  };
}
