import type { LocalDate } from '@giaoviec/kernel';
import type { EscalationLevel, ReassignmentCause } from './task.events';
import type { Recurrence } from './recurrence';
import type { TaskSource } from './task-source';
import type { ReportEvidence } from './report-evidence';

/**
 * What may be asked of a task. Who asks and when (the actor, today) come from the
 * DecisionContext, never from the command, so a client cannot speak for another agency
 * or back-date a report. Ids (task, report, request, group) are chosen by the caller.
 */

/** About a year of working days: longer deadlines are written as dates. */
export const MAX_WORKING_DAYS = 250;

export interface AssignTaskData {
  readonly taskId: string;
  readonly planId: string;
  readonly code: string | null;
  readonly title: string;
  readonly description?: string;
  readonly leadAgencyId: string;
  readonly coordinatingAgencyIds?: readonly string[];
  readonly dueDate: LocalDate | null;
  /** "Trong 15 ngày làm việc": the deadline in working days from the day of assignment, instead of dueDate. */
  readonly dueInWorkingDays?: number;
  /** A due date that falls on a day off moves to the next working day. */
  readonly dueDateRollsToNextWorkingDay?: boolean;
  readonly recurrence?: Recurrence | null;
  readonly dueDateIsPeriodEnd?: boolean;
  readonly groupId?: string | null;
  /** Defaults to the actor's agency. */
  readonly assignedByAgencyId?: string;
  /** The end of the plan's period, from the plan's stream (never from the client). */
  readonly planEndsOn: LocalDate;
  /** Accept a due date already past: entry of an old plan after the fact. */
  readonly backdated?: boolean;
  readonly source?: TaskSource;
}

export interface AcknowledgeTaskData {
  readonly taskId: string;
  readonly note?: string;
}

export interface ReportProgressData {
  readonly taskId: string;
  readonly reportId: string;
  readonly summary: string;
  readonly percentComplete?: number;
  /** The files named by the report, resolved from the evidence store by the handler (never from the client). */
  readonly evidence?: readonly ReportEvidence[];
}

export interface SubmitPeriodicReportData {
  readonly taskId: string;
  readonly reportId: string;
  /** The key of the period reported on ('2026-Q2', '2026-05', '2026-H1', '2026'): the period in hand. */
  readonly periodKey: string;
  readonly summary: string;
  readonly evidence?: readonly ReportEvidence[];
}

/**
 * Starts the periods of a recurring report assigned before periods existed (its TaskAssigned
 * has no deadline and no period was opened): the first period due today or later opens.
 */
export interface OpenRecurringPeriodData {
  readonly taskId: string;
}

export interface RequestExtensionData {
  readonly taskId: string;
  readonly requestId: string;
  readonly requestedDueDate: LocalDate;
  readonly reason: string;
}

export interface GrantExtensionData {
  readonly taskId: string;
  readonly requestId: string;
  /** Grant a different date than requested (still later than the current deadline); defaults to the requested one. */
  readonly newDueDate?: LocalDate;
  readonly note?: string;
}

export interface RejectExtensionData {
  readonly taskId: string;
  readonly requestId: string;
  readonly reason: string;
}

export interface ReassignTaskData {
  readonly taskId: string;
  readonly toAgencyId: string;
  readonly reason: string;
  /** Defaults to 'manual'. */
  readonly cause?: ReassignmentCause;
  /** A new deadline for the receiving agency; the task keeps its deadline when absent. */
  readonly newDueDate?: LocalDate;
}

export interface CompleteTaskData {
  readonly taskId: string;
  readonly result: string;
  readonly evidence?: readonly ReportEvidence[];
}

/** The longest direction or comment: a page of a document; a longer text is an attached file. */
export const MAX_DISCUSSION_TEXT_LENGTH = 5000;

export interface GiveDirectionData {
  readonly taskId: string;
  readonly directionId: string;
  readonly text: string;
}

export interface CommentOnTaskData {
  readonly taskId: string;
  readonly commentId: string;
  readonly text: string;
}

export interface AcceptCompletionData {
  readonly taskId: string;
  readonly comment?: string;
}

export interface ReturnCompletionData {
  readonly taskId: string;
  readonly reason: string;
}

export interface RecordReminderSentData {
  readonly taskId: string;
  readonly kind: string;
  readonly channel: string;
  readonly recipients: readonly string[];
  /** The deadline the reminder was scheduled for; a reminder about a deadline no longer in force is refused. */
  readonly dueDate: LocalDate;
}

export interface EscalateTaskData {
  readonly taskId: string;
  readonly level: EscalationLevel;
  readonly reason?: string;
}

export interface CancelTaskData {
  readonly taskId: string;
  readonly reason: string;
  /** Closed as a duplicate of another task of its group (after a merger). */
  readonly duplicateOfTaskId?: string;
}

export interface MergeCoordinatingAgenciesData {
  readonly taskId: string;
  readonly mergedAgencyIds: readonly string[];
  readonly intoAgencyId: string;
  readonly reason: string;
}

export interface AcknowledgeCoordinationData {
  readonly taskId: string;
  readonly note?: string;
}

export interface ReportContributionData {
  readonly taskId: string;
  /** Chosen by the client, so a retried report records nothing twice. */
  readonly reportId: string;
  readonly summary: string;
  readonly percentComplete?: number;
  /** The files sent with it, resolved from the evidence store by the handler (never from the client). */
  readonly evidence?: readonly ReportEvidence[];
}

export interface ReopenTaskData {
  readonly taskId: string;
  readonly reason: string;
  readonly newDueDate?: LocalDate;
}

interface Command<Type extends string, Data extends object> {
  readonly type: Type;
  readonly data: Data;
}

export type AssignTask = Command<'AssignTask', AssignTaskData>;
export type AcknowledgeTask = Command<'AcknowledgeTask', AcknowledgeTaskData>;
export type ReportProgress = Command<'ReportProgress', ReportProgressData>;
export type SubmitPeriodicReport = Command<'SubmitPeriodicReport', SubmitPeriodicReportData>;
export type OpenRecurringPeriod = Command<'OpenRecurringPeriod', OpenRecurringPeriodData>;
export type RequestExtension = Command<'RequestExtension', RequestExtensionData>;
export type GrantExtension = Command<'GrantExtension', GrantExtensionData>;
export type RejectExtension = Command<'RejectExtension', RejectExtensionData>;
export type ReassignTask = Command<'ReassignTask', ReassignTaskData>;
export type CompleteTask = Command<'CompleteTask', CompleteTaskData>;
export type AcceptCompletion = Command<'AcceptCompletion', AcceptCompletionData>;
export type ReturnCompletion = Command<'ReturnCompletion', ReturnCompletionData>;
export type RecordReminderSent = Command<'RecordReminderSent', RecordReminderSentData>;
export type EscalateTask = Command<'EscalateTask', EscalateTaskData>;
export type CancelTask = Command<'CancelTask', CancelTaskData>;
export type ReopenTask = Command<'ReopenTask', ReopenTaskData>;
export type AcknowledgeCoordination = Command<'AcknowledgeCoordination', AcknowledgeCoordinationData>;
export type ReportContribution = Command<'ReportContribution', ReportContributionData>;
export type MergeCoordinatingAgencies = Command<'MergeCoordinatingAgencies', MergeCoordinatingAgenciesData>;
export type GiveDirection = Command<'GiveDirection', GiveDirectionData>;
export type CommentOnTask = Command<'CommentOnTask', CommentOnTaskData>;

export type TaskCommand =
  | AssignTask
  | AcknowledgeTask
  | ReportProgress
  | SubmitPeriodicReport
  | OpenRecurringPeriod
  | RequestExtension
  | GrantExtension
  | RejectExtension
  | ReassignTask
  | CompleteTask
  | AcceptCompletion
  | ReturnCompletion
  | RecordReminderSent
  | EscalateTask
  | CancelTask
  | ReopenTask
  | MergeCoordinatingAgencies
  | GiveDirection
  | CommentOnTask
  | AcknowledgeCoordination
  | ReportContribution;

export type TaskCommandType = TaskCommand['type'];

export const TASK_COMMAND_TYPES = [
  'AssignTask',
  'AcknowledgeTask',
  'ReportProgress',
  'SubmitPeriodicReport',
  'OpenRecurringPeriod',
  'RequestExtension',
  'GrantExtension',
  'RejectExtension',
  'ReassignTask',
  'CompleteTask',
  'AcceptCompletion',
  'ReturnCompletion',
  'RecordReminderSent',
  'EscalateTask',
  'CancelTask',
  'ReopenTask',
  'MergeCoordinatingAgencies',
  'GiveDirection',
  'CommentOnTask',
  'AcknowledgeCoordination',
  'ReportContribution',
] as const satisfies readonly TaskCommandType[];

type MissingCommandTypes = Exclude<TaskCommandType, (typeof TASK_COMMAND_TYPES)[number]>;
const _everyCommandTypeListed: [MissingCommandTypes] extends [never] ? true : never = true;
void _everyCommandTypeListed;
