import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Actor, type Role } from '@giaoviec/kernel';
import { ApiAsOfAnswer, ApiDay, ApiFreeForm, ApiInstant, ApiNullable } from '@giaoviec/platform';
import {
  COORDINATION_STATES,
  DEADLINE_CHANGE_KINDS,
  ESCALATION_LEVELS,
  RECURRENCE_FREQUENCIES,
  TASK_STATUS_CATEGORIES,
  TASK_STATUSES,
  type AssignedTaskState,
  type AssignedTaskStatus,
  type CoordinationState,
  type DeadlineChangeKind,
  type EscalationLevel,
  type PendingExtension,
  type PeriodReport,
  type Recurrence,
  type RecurrencePeriod,
  type RecurrenceFrequency,
  type TaskSource,
  type TaskStatusCategory,
} from '../domain';

/** The response shapes of GET /tasks/{taskId} and GET /tasks/{taskId}/history. */
export class RecurrenceView implements Recurrence {
  @ApiProperty({ enum: RECURRENCE_FREQUENCIES, enumName: 'RecurrenceFrequency' })
  frequency!: RecurrenceFrequency;
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'The last day it runs; open-ended when absent',
  })
  until?: string;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 31,
    description: "The day of the month each period's report is due; the month's last day when absent",
  })
  dueDayOfMonth?: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 11,
    description: "How many months after the period's last month the report is due; 0 when absent",
  })
  dueMonthsAfterPeriodEnd?: number;
}

export class RecurrencePeriodView implements RecurrencePeriod {
  @ApiProperty({ example: '2026-Q2', description: "The period's key: 2026-05, 2026-Q2, 2026-H1 or 2026" })
  key!: string;
  @ApiDay() start!: string;
  @ApiDay() end!: string;
}

export class PeriodReportView implements PeriodReport {
  @ApiProperty({ example: '2026-Q2' }) periodKey!: string;
  @ApiDay({ description: 'The deadline in force when it was reported' }) dueDate!: string;
  @ApiDay() reportedOn!: string;
  @ApiProperty() onTime!: boolean;
}

export class TaskPendingExtensionView implements PendingExtension {
  @ApiProperty() requestId!: string;
  @ApiDay() requestedDueDate!: string;
}

export class DeadlineChangeView {
  @ApiProperty({ enum: DEADLINE_CHANGE_KINDS, enumName: 'DeadlineChangeKind' }) kind!: DeadlineChangeKind;
  @ApiDay({ nullable: true, description: 'The deadline before' }) from!: string | null;
  @ApiDay({ description: 'The deadline after' }) to!: string;
  @ApiNullable(String, {
    description: "Why: the extension request's reason, or the reassignment's or reopening's",
  })
  reason!: string | null;
  @ApiNullable(String, { description: "The reviewer's note on granting an extension" }) note!: string | null;
  @ApiNullable(String, { description: 'Who decided it' }) byUserId!: string | null;
  @ApiNullable(String, { description: 'Their display name; null for a user the log does not know' })
  byName!: string | null;
  @ApiNullable(String) byAgencyId!: string | null;
  @ApiInstant({ description: 'When it was decided' }) at!: string;
  @ApiDay({ description: 'That day in Huế' }) on!: string;
}

export class TaskSourceView implements TaskSource {
  @ApiNullable(String, {
    example: '495/KH-UBND',
    description: "The plan's or the amending document's number; null when the document shows none",
  })
  documentNumber!: string | null;
  @ApiProperty({ example: 'III.5.2', description: 'The section of the document the task comes from' })
  section!: string;
  @ApiProperty({ description: 'The text quoted word for word from the document' })
  quotedText!: string;
}

export class ContributionView {
  @ApiProperty({ description: 'The id the reporter chose' }) reportId!: string;
  @ApiProperty() summary!: string;
  @ApiNullable(Number, { minimum: 0, maximum: 100, description: 'How much of its own part is done' })
  percentComplete!: number | null;
  @ApiDay() reportedOn!: string;
  @ApiDay({ nullable: true, description: "The task's deadline in force when it was reported" })
  dueDate!: string | null;
  @ApiProperty({ description: 'Reported by the deadline in force (always, for a task without one)' })
  onTime!: boolean;
  @ApiNullable(String, { description: 'Who reported it' }) byUserId!: string | null;
  @ApiNullable(String, { description: 'Their display name; null for a user the log does not know' })
  byName!: string | null;
  @ApiInstant({ description: 'When it was reported' }) at!: string;
}

export class CoordinatorView {
  @ApiProperty() agencyId!: string;
  @ApiNullable(String, { description: "The agency's name; null for an agency the directory does not know" })
  agencyName!: string | null;
  @ApiProperty({ enum: COORDINATION_STATES, enumName: 'CoordinationState' }) state!: CoordinationState;
  @ApiDay({ nullable: true }) acknowledgedOn!: string | null;
  @ApiDay({ nullable: true, description: 'The first contribution: its record is judged by it' })
  firstContributionOn!: string | null;
  @ApiDay({ nullable: true }) lastContributionOn!: string | null;
  @ApiNullable(Boolean, { description: 'Whether the first contribution came by the deadline in force then' })
  contributedOnTime!: boolean | null;
  @ApiNullable(Number, { minimum: 0, maximum: 100 }) lastPercentComplete!: number | null;
  @ApiProperty({ type: [String] }) contributionReportIds!: readonly string[];
  @ApiProperty({ type: [ContributionView], description: 'Oldest first' })
  contributions!: readonly ContributionView[];
}

/** One task as its own stream says now (exact, never lagging), with its report category today. */
export class TaskView implements AssignedTaskState {
  @ApiProperty({ enum: TASK_STATUSES.filter((status) => status !== 'not_assigned'), enumName: 'TaskStatus' })
  status!: AssignedTaskStatus;
  @ApiProperty() taskId!: string;
  @ApiProperty() planId!: string;
  @ApiNullable(String, { example: 'III.1.1' }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiNullable(String) groupId!: string | null;
  @ApiProperty() leadAgencyId!: string;
  @ApiProperty({ type: [String] }) coordinatingAgencyIds!: readonly string[];
  @ApiProperty({
    type: [CoordinatorView],
    description: 'Each coordinating agency (phối hợp): its state, and the contributions it reported',
  })
  coordinators!: readonly CoordinatorView[];
  @ApiDay({ nullable: true }) dueDate!: string | null;
  @ApiNullable(RecurrenceView) recurrence!: RecurrenceView | null;
  @ApiNullable(RecurrencePeriodView, { description: 'The period whose report is owed now (due on dueDate)' })
  periodInHand!: RecurrencePeriodView | null;
  @ApiProperty({ type: [PeriodReportView], description: 'Every period reported, oldest first' })
  periodReports!: readonly PeriodReportView[];
  @ApiProperty({ description: 'Every period of the recurrence has been reported' })
  recurrenceEnded!: boolean;
  @ApiProperty() dueDateIsPeriodEnd!: boolean;
  @ApiDay() assignedOn!: string;
  @ApiDay({ nullable: true, description: "The last day of the plan's period; no deadline may fall after it" })
  planEndsOn!: string | null;
  @ApiProperty({ description: 'Whether the current lead agency acknowledged it' }) acknowledged!: boolean;
  @ApiNullable(TaskPendingExtensionView) pendingExtension!: TaskPendingExtensionView | null;
  @ApiProperty({ type: [String] }) extensionRequestIds!: readonly string[];
  @ApiProperty({ enum: ESCALATION_LEVELS, enumName: 'EscalationLevel', nullable: true })
  escalationLevel!: EscalationLevel | null;
  @ApiProperty({ type: [String], description: '`kind@dueDate` of every reminder recorded' })
  remindersSent!: readonly string[];
  @ApiDay({ nullable: true }) completedOn!: string | null;
  @ApiDay({ nullable: true, description: 'The deadline in force at completion' })
  dueDateAtCompletion!: string | null;
  @ApiDay({ nullable: true }) lastProgressOn!: string | null;
  @ApiNullable(Number, { minimum: 0, maximum: 100 }) lastPercentComplete!: number | null;
  @ApiNullable(TaskSourceView, { description: 'Null for tasks assigned before the source was recorded' })
  source!: TaskSourceView | null;
  @ApiProperty({ type: 'integer', description: 'Stream version; send it back as If-Match' }) version!: number;
  @ApiProperty({ enum: TASK_STATUS_CATEGORIES, enumName: 'TaskStatusCategory' })
  category!: TaskStatusCategory;
  @ApiProperty() overdue!: boolean;
  @ApiDay({ nullable: true, description: 'The deadline given at assignment (dueDate is the one in force)' })
  originalDueDate!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Extensions granted' }) extensionCount!: number;
  @ApiProperty({ type: [DeadlineChangeView], description: 'Every change of the deadline, oldest first' })
  deadlineHistory!: readonly DeadlineChangeView[];
  @ApiAsOfAnswer() asOf!: string | null;
}

export class EventActorView implements Actor {
  @ApiProperty() userId!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
}

export class TaskHistoryEventView {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'TaskAcknowledged' }) type!: string;
  @ApiFreeForm("The event's data, as recorded; its members depend on `type`") data!: object;
  @ApiProperty({ type: EventActorView }) actor!: EventActorView;
  @ApiInstant({ description: 'When it happened' }) occurredAt!: string;
  @ApiInstant({ description: 'When the log recorded it' }) recordedAt!: string;
  @ApiProperty({ description: 'Position in the global log' }) position!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty() causationId!: string;
  @ApiProperty() commandId!: string;
  @ApiProperty({ type: 'integer' }) schemaVersion!: number;
}

export class TaskHistoryView {
  @ApiProperty() taskId!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: [TaskHistoryEventView], description: 'Every event of the task, in order' })
  events!: TaskHistoryEventView[];
  @ApiAsOfAnswer() asOf!: string | null;
}
