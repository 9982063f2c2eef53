import { ApiProperty } from '@nestjs/swagger';
import { ApiAsOfAnswer, ApiDay, ApiNullable } from '@giaoviec/platform';
import {
  COORDINATION_STATES,
  ESCALATION_LEVELS,
  TASK_STATUS_CATEGORIES,
  TASK_STATUSES,
  type CoordinationState,
  type EscalationLevel,
} from '@giaoviec/tasks';
import type { TaskStatusCategory } from '@giaoviec/tasks';
import type {
  CoordinatorItem,
  PendingExtensionItem,
  PeriodInHandItem,
  TaskListItem,
  TaskListPage,
} from './task-list.queries';

const ASSIGNED_STATUSES = TASK_STATUSES.filter((status) => status !== 'not_assigned');

/** The response shapes of GET /tasks, as the OpenAPI document describes them. */
export class PendingExtensionView implements PendingExtensionItem {
  @ApiProperty() requestId!: string;
  @ApiDay({ description: 'The due date asked for' }) requestedDueDate!: string;
  @ApiNullable(String) reason!: string | null;
  @ApiDay({ nullable: true, description: 'The day it was asked (in Huế)' }) requestedOn!: string | null;
}

export class PeriodInHandView implements PeriodInHandItem {
  @ApiProperty({ example: '2026-Q2', description: "The period's key: 2026-05, 2026-Q2, 2026-H1 or 2026" })
  key!: string;
  @ApiDay({ description: "The period's first day" }) start!: string;
  @ApiDay({ description: "The period's last day" }) end!: string;
  @ApiDay({ description: "The period's report deadline (the task's dueDate)" }) dueDate!: string;
}

export class CoordinatorItemView implements CoordinatorItem {
  @ApiProperty() agencyId!: string;
  @ApiProperty({ enum: COORDINATION_STATES, enumName: 'CoordinationState' }) state!: CoordinationState;
  @ApiDay({ nullable: true }) lastContributionOn!: string | null;
  @ApiNullable(Boolean, { description: 'Whether its first contribution came by the deadline in force then' })
  contributedOnTime!: boolean | null;
}

export class TaskListItemView implements TaskListItem {
  @ApiProperty() taskId!: string;
  @ApiProperty() planId!: string;
  @ApiNullable(String, { example: '495/KH-UBND', description: 'Null when the plan has no known number' })
  planNumber!: string | null;
  @ApiNullable(String, { example: 'III.1.1', description: 'The item number in the plan' }) code!:
    string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'The lead agency (chủ trì)' }) leadAgencyId!: string;
  @ApiNullable(String) leadAgencyName!: string | null;
  @ApiProperty({ type: [String], description: 'The coordinating agencies (phối hợp)' })
  coordinatingAgencyIds!: string[];
  @ApiProperty({ type: [CoordinatorItemView], description: "Each coordinating agency's part" })
  coordinators!: CoordinatorItemView[];
  @ApiProperty({ enum: ASSIGNED_STATUSES, enumName: 'TaskStatus' }) status!: TaskListItem['status'];
  @ApiProperty() acknowledged!: boolean;
  @ApiDay({ nullable: true, description: 'Null: no deadline' }) dueDate!: string | null;
  @ApiProperty({ description: 'The source gives no deadline: the end of the period it names is used' })
  dueDateIsPeriodEnd!: boolean;
  @ApiDay({ nullable: true }) completedOn!: string | null;
  @ApiProperty({ enum: TASK_STATUS_CATEGORIES, enumName: 'TaskStatusCategory', description: 'As of `today`' })
  category!: TaskStatusCategory;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({
    type: 'integer',
    description:
      'Calendar days past the deadline (to today, or to the completion day for a task completed late); 0 unless late',
  })
  daysOverdue!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'The same lateness in working days: weekends, public holidays and announced days off not counted',
  })
  workingDaysOverdue!: number;
  @ApiDay({ nullable: true }) lastProgressOn!: string | null;
  @ApiNullable(Number, { minimum: 0, maximum: 100 }) lastPercentComplete!: number | null;
  @ApiProperty({ enum: ESCALATION_LEVELS, enumName: 'EscalationLevel', nullable: true })
  escalationLevel!: EscalationLevel | null;
  @ApiNullable(String, { description: 'The fan-out group of a task given to every commune' })
  groupId!: string | null;
  @ApiNullable(PendingExtensionView, { description: 'An extension request awaiting a decision' })
  pendingExtension!: PendingExtensionView | null;
  @ApiNullable(PeriodInHandView, {
    description: 'A recurring report: the period whose report is owed now; null when not recurring or ended',
  })
  periodInHand!: PeriodInHandView | null;
  @ApiDay({ nullable: true, description: 'The deadline given at assignment (dueDate is the one in force)' })
  originalDueDate!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Extensions granted' }) extensionCount!: number;
  @ApiProperty({ type: 'integer', description: 'Stream version; send it back as If-Match' }) version!: number;
}

export class TaskListPageView implements TaskListPage {
  @ApiDay({ description: 'The day in Huế the categories were computed for' }) today!: string;
  @ApiAsOfAnswer() asOf!: string | null;
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
  @ApiNullable(String, { description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor!: string | null;
  @ApiProperty({ type: [TaskListItemView] }) items!: TaskListItemView[];
}
