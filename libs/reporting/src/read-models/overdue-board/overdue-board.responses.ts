import { ApiProperty } from '@nestjs/swagger';
import { ApiAsOfAnswer, ApiDay, ApiInstant, ApiNullable } from '@giaoviec/platform';
import { ESCALATION_LEVELS, type EscalationLevel } from '@giaoviec/tasks';
import type { OverdueBoard, OverdueTask } from './overdue-board.queries';

/** The response shapes of GET /dashboard/overdue. */
export class LastReportView implements NonNullable<OverdueTask['lastReport']> {
  @ApiDay() on!: string;
  @ApiNullable(String) summary!: string | null;
  @ApiNullable(Number, { minimum: 0, maximum: 100 }) percentComplete!: number | null;
  @ApiNullable(String, { description: 'The agency that reported' }) agencyId!: string | null;
}

export class LastReminderView implements NonNullable<OverdueTask['lastReminder']> {
  @ApiDay() on!: string;
  @ApiInstant({ nullable: true }) at!: string | null;
  @ApiNullable(String, { example: 'before_due_7d' }) kind!: string | null;
  @ApiNullable(String, { example: 'email' }) channel!: string | null;
}

export class OverdueTaskView implements OverdueTask {
  @ApiProperty() taskId!: string;
  @ApiProperty() planId!: string;
  @ApiNullable(String, { example: '495/KH-UBND' }) planNumber!: string | null;
  @ApiNullable(String, { example: 'III.1.1' }) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() leadAgencyId!: string;
  @ApiNullable(String) leadAgencyName!: string | null;
  @ApiProperty({ type: [String] }) coordinatingAgencyIds!: string[];
  @ApiProperty({ description: 'False: not acknowledged yet' }) acknowledged!: boolean;
  @ApiDay() dueDate!: string;
  @ApiProperty({ type: 'integer', description: 'Calendar days since the deadline' }) daysOverdue!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Working days since the deadline: weekends, public holidays and announced days off not counted',
  })
  workingDaysOverdue!: number;
  @ApiNullable(LastReportView) lastReport!: LastReportView | null;
  @ApiNullable(LastReminderView) lastReminder!: LastReminderView | null;
  @ApiProperty({ enum: ESCALATION_LEVELS, enumName: 'EscalationLevel', nullable: true })
  escalationLevel!: EscalationLevel | null;
  @ApiDay({ nullable: true }) escalatedOn!: string | null;
  @ApiNullable(String) groupId!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class OverdueBoardView implements OverdueBoard {
  @ApiDay() today!: string;
  @ApiAsOfAnswer() asOf!: string | null;
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) offset!: number;
  @ApiProperty({ type: [OverdueTaskView] }) items!: OverdueTaskView[];
}
