import type { DomainEvent, LocalDate } from '@giaoviec/kernel';
import type { Recurrence } from './recurrence';
import type { RecurrencePeriod } from './recurrence-period';
import type { TaskSource } from './task-source';
import type { ReportEvidence } from './report-evidence';

/**
 * The facts of a task's life, in its own stream `task-<taskId>`. Plain readonly data:
 * the `type` strings are persisted and must never change; add a new type (or an optional
 * field and a schema version bump) instead. Who did it, and when, is in the metadata.
 */

/** The level a task is escalated to: the standing office first, then the Steering Committee. */
export const ESCALATION_LEVELS = ['standing_office', 'steering_committee'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** Why a task changed hands: an officer's decision, or the merger of its agency into another. */
export const REASSIGNMENT_CAUSES = ['manual', 'agency_merger'] as const;
export type ReassignmentCause = (typeof REASSIGNMENT_CAUSES)[number];

export interface TaskAssignedData {
  readonly taskId: string;
  readonly planId: string;
  /** The item's number in the plan, e.g. 'III.5.2'; null for a task outside the plan's numbering. */
  readonly code: string | null;
  readonly title: string;
  readonly description?: string;
  readonly leadAgencyId: string;
  /** Never contains the lead agency, never a duplicate. */
  readonly coordinatingAgencyIds: readonly string[];
  /**
   * Null: no deadline ("thường xuyên"). For a recurring report, the deadline of its first
   * period (RecurringPeriodOpened follows); null on streams recorded before periods existed.
   */
  readonly dueDate: LocalDate | null;
  readonly recurrence: Recurrence | null;
  /** The deadline was taken from the end of a period the document names ("trong quý III/2026"). */
  readonly dueDateIsPeriodEnd: boolean;
  /** Tasks fanned out to every commune share one group id; null for a single task. */
  readonly groupId: string | null;
  /** The agency in whose name the task is given (usually the standing office or the People's Committee). */
  readonly assignedByAgencyId: string;
  /** The day it was assigned, in Huế. */
  readonly assignedOn: LocalDate;
  /** The last day of the plan's period: no deadline of the task may fall after it. Absent on tasks assigned before it was recorded. */
  readonly planEndsOn?: LocalDate;
  /** The deadline had already passed when it was entered: an old plan recorded after the fact. */
  readonly backdated?: true;
  /** The document, section and text the task comes from; absent on tasks assigned before it was recorded. */
  readonly source?: TaskSource;
  /** The deadline was given in working days from `from` (the day of assignment); dueDate is the day it came to. */
  readonly dueDateGiven?: { readonly workingDays: number; readonly from: LocalDate };
  /** The date given fell on a day off and was moved to dueDate, the next working day. */
  readonly dueDateRolledFrom?: LocalDate;
}

export interface TaskAcknowledgedData {
  readonly taskId: string;
  readonly agencyId: string;
  readonly note?: string;
}

export interface ProgressReportedData {
  readonly taskId: string;
  readonly reportId: string;
  /** The lead or a coordinating agency. */
  readonly agencyId: string;
  readonly summary: string;
  /** 0..100 when the reporter gave one. */
  readonly percentComplete?: number;
  readonly reportedOn: LocalDate;
  /** The files sent with the report; absent when none was (and on reports recorded before files existed). */
  readonly evidence?: readonly ReportEvidence[];
}

export interface ExtensionRequestedData {
  readonly taskId: string;
  readonly requestId: string;
  readonly currentDueDate: LocalDate;
  readonly requestedDueDate: LocalDate;
  readonly reason: string;
}

export interface ExtensionGrantedData {
  readonly taskId: string;
  readonly requestId: string;
  readonly previousDueDate: LocalDate;
  /** The date requested, or another (still later) one the reviewer chose. */
  readonly newDueDate: LocalDate;
  readonly note?: string;
}

export interface ExtensionRejectedData {
  readonly taskId: string;
  readonly requestId: string;
  readonly reason: string;
}

export interface TaskReassignedData {
  readonly taskId: string;
  readonly fromAgencyId: string;
  readonly toAgencyId: string;
  readonly reason: string;
  readonly cause: ReassignmentCause;
  /** The deadline the receiving agency is given; absent when the task keeps its deadline. */
  readonly newDueDate?: LocalDate;
}

export interface TaskCompletedData {
  readonly taskId: string;
  readonly agencyId: string;
  readonly result: string;
  readonly completedOn: LocalDate;
  /** The deadline in force when it was completed: "on time" is completedOn <= dueDate. */
  readonly dueDate: LocalDate | null;
  /** The files sent with the result (the signed report...); absent when none was. */
  readonly evidence?: readonly ReportEvidence[];
}

export interface CompletionAcceptedData {
  readonly taskId: string;
  readonly comment?: string;
}

export interface CompletionReturnedData {
  readonly taskId: string;
  readonly reason: string;
}

export interface ReminderSentData {
  readonly taskId: string;
  /** e.g. 'before_due_7d', 'before_due_1d', 'due_today', 'overdue'. */
  readonly kind: string;
  /** e.g. 'email', 'in_app'. */
  readonly channel: string;
  readonly recipients: readonly string[];
  /** The deadline the reminder was about; with `kind` it identifies the reminder. */
  readonly dueDate: LocalDate;
  /** A recurring report's: the period whose report was owed (e.g. '2026-Q2'). Absent before it was recorded. */
  readonly periodKey?: string;
}

export interface TaskEscalatedData {
  readonly taskId: string;
  readonly level: EscalationLevel;
  /** The deadline that was missed. */
  readonly dueDate: LocalDate;
  /** Working days after the due date (calendar days on events recorded before the working-day calendar). */
  readonly daysOverdue: number;
  readonly reason?: string;
}

export interface TaskCancelledData {
  readonly taskId: string;
  readonly reason: string;
  /** Closed as a duplicate: after a merger, the surviving agency carries on with this task of the same group. */
  readonly duplicateOfTaskId?: string;
}

/** After a merger, the merged agencies' part in coordinating the task passes to the surviving one. */
export interface CoordinatingAgenciesMergedData {
  readonly taskId: string;
  /** The coordinating agencies merged away, as the task named them. */
  readonly mergedAgencyIds: readonly string[];
  /** Joins the coordinating agencies unless it leads the task or already coordinates it. */
  readonly intoAgencyId: string;
  readonly reason: string;
}

export interface TaskReopenedData {
  readonly taskId: string;
  readonly reason: string;
  readonly newDueDate?: LocalDate;
}

/** A coordinating agency (phối hợp) takes on its part of the task. */
export interface CoordinationAcknowledgedData {
  readonly taskId: string;
  readonly agencyId: string;
  readonly note?: string;
  /** The day it took its part on, in Huế. */
  readonly acknowledgedOn: LocalDate;
}

/** A coordinating agency reports what it contributed, judged against the task's deadline in force. */
export interface ContributionReportedData {
  readonly taskId: string;
  readonly agencyId: string;
  /** Chosen by the client: the same id again records nothing. */
  readonly reportId: string;
  readonly summary: string;
  /** 0..100: how much of its own part is done, when the reporter gave one. */
  readonly percentComplete?: number;
  readonly reportedOn: LocalDate;
  /** The task's deadline in force when it was reported; null for a task without one. */
  readonly dueDate: LocalDate | null;
  /** reportedOn <= dueDate (always true without a deadline). */
  readonly onTime: boolean;
  /** The files sent with it (absent when none), as the progress report records them. */
  readonly evidence?: readonly ReportEvidence[];
}

/** A period of a recurring report came into force: its report is owed by `dueDate`. */
export interface RecurringPeriodOpenedData {
  readonly taskId: string;
  readonly period: RecurrencePeriod;
  readonly dueDate: LocalDate;
}

/** The lead agency's report on one period of a recurring report, judged against the deadline in force. */
export interface PeriodicReportSubmittedData {
  readonly taskId: string;
  readonly reportId: string;
  readonly agencyId: string;
  readonly period: RecurrencePeriod;
  /** The period's deadline in force when it was reported (an extension moves it). */
  readonly dueDate: LocalDate;
  readonly summary: string;
  readonly reportedOn: LocalDate;
  /** reportedOn <= dueDate. */
  readonly onTime: boolean;
  /** The files sent with the report; absent when none was. */
  readonly evidence?: readonly ReportEvidence[];
}

/**
 * Ý kiến chỉ đạo: the standing office or leadership tells the agencies of a task what to do.
 * Who gave it (user, agency, role) is in the metadata; `agencyId` repeats the author's agency.
 */
export interface TaskDirectionGivenData {
  readonly taskId: string;
  readonly directionId: string;
  readonly agencyId: string;
  readonly text: string;
}

/** Trao đổi: a remark by a participant of the task (lead, coordinating, standing office, leadership). */
export interface TaskCommentedData {
  readonly taskId: string;
  readonly commentId: string;
  readonly agencyId: string;
  readonly text: string;
}

/** The last period owed was reported: no further period; the task can be completed. */
export interface RecurrenceEndedData {
  readonly taskId: string;
  readonly lastPeriodKey: string;
  readonly until: LocalDate;
}

export type TaskAssigned = DomainEvent<'TaskAssigned', TaskAssignedData>;
export type TaskAcknowledged = DomainEvent<'TaskAcknowledged', TaskAcknowledgedData>;
export type ProgressReported = DomainEvent<'ProgressReported', ProgressReportedData>;
export type ExtensionRequested = DomainEvent<'ExtensionRequested', ExtensionRequestedData>;
export type ExtensionGranted = DomainEvent<'ExtensionGranted', ExtensionGrantedData>;
export type ExtensionRejected = DomainEvent<'ExtensionRejected', ExtensionRejectedData>;
export type TaskReassigned = DomainEvent<'TaskReassigned', TaskReassignedData>;
export type TaskCompleted = DomainEvent<'TaskCompleted', TaskCompletedData>;
export type CompletionAccepted = DomainEvent<'CompletionAccepted', CompletionAcceptedData>;
export type CompletionReturned = DomainEvent<'CompletionReturned', CompletionReturnedData>;
export type ReminderSent = DomainEvent<'ReminderSent', ReminderSentData>;
export type TaskEscalated = DomainEvent<'TaskEscalated', TaskEscalatedData>;
export type TaskCancelled = DomainEvent<'TaskCancelled', TaskCancelledData>;
export type TaskReopened = DomainEvent<'TaskReopened', TaskReopenedData>;
export type CoordinatingAgenciesMerged = DomainEvent<
  'CoordinatingAgenciesMerged',
  CoordinatingAgenciesMergedData
>;
export type CoordinationAcknowledged = DomainEvent<'CoordinationAcknowledged', CoordinationAcknowledgedData>;
export type ContributionReported = DomainEvent<'ContributionReported', ContributionReportedData>;
export type RecurringPeriodOpened = DomainEvent<'RecurringPeriodOpened', RecurringPeriodOpenedData>;
export type PeriodicReportSubmitted = DomainEvent<'PeriodicReportSubmitted', PeriodicReportSubmittedData>;
export type RecurrenceEnded = DomainEvent<'RecurrenceEnded', RecurrenceEndedData>;
export type TaskDirectionGiven = DomainEvent<'TaskDirectionGiven', TaskDirectionGivenData>;
export type TaskCommented = DomainEvent<'TaskCommented', TaskCommentedData>;

export type TaskEvent =
  | TaskAssigned
  | TaskAcknowledged
  | ProgressReported
  | ExtensionRequested
  | ExtensionGranted
  | ExtensionRejected
  | TaskReassigned
  | TaskCompleted
  | CompletionAccepted
  | CompletionReturned
  | ReminderSent
  | TaskEscalated
  | TaskCancelled
  | TaskReopened
  | CoordinatingAgenciesMerged
  | CoordinationAcknowledged
  | ContributionReported
  | RecurringPeriodOpened
  | PeriodicReportSubmitted
  | RecurrenceEnded
  | TaskDirectionGiven
  | TaskCommented;

export type TaskEventType = TaskEvent['type'];

/** Every persisted type of the task stream, e.g. for a projection's subscription filter. */
export const TASK_EVENT_TYPES = [
  'TaskAssigned',
  'TaskAcknowledged',
  'ProgressReported',
  'ExtensionRequested',
  'ExtensionGranted',
  'ExtensionRejected',
  'TaskReassigned',
  'TaskCompleted',
  'CompletionAccepted',
  'CompletionReturned',
  'ReminderSent',
  'TaskEscalated',
  'TaskCancelled',
  'TaskReopened',
  'CoordinatingAgenciesMerged',
  'CoordinationAcknowledged',
  'ContributionReported',
  'RecurringPeriodOpened',
  'PeriodicReportSubmitted',
  'RecurrenceEnded',
  'TaskDirectionGiven',
  'TaskCommented',
] as const satisfies readonly TaskEventType[];

// Compile-time proof that the list above names every member of the union.
type MissingEventTypes = Exclude<TaskEventType, (typeof TASK_EVENT_TYPES)[number]>;
const _everyEventTypeListed: [MissingEventTypes] extends [never] ? true : never = true;
void _everyEventTypeListed;

export function isTaskEvent(event: DomainEvent): event is TaskEvent {
  return (TASK_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const TASK_STREAM_CATEGORY = 'task';

export function taskStreamId(taskId: string): string {
  return `${TASK_STREAM_CATEGORY}-${taskId}`;
}
