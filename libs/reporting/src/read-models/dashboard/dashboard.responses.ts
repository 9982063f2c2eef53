import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiAsOfAnswer, ApiDay, ApiNullable } from '@giaoviec/platform';
import type { CoordinatorRecord } from './coordinator-record.sql';
import type {
  AgencyCoordinatorRecord,
  AgencyCounts,
  AgencyDashboard,
  CategoryCounts,
  GroupProgress,
  PlanDashboard,
  SectionCounts,
} from './dashboard.queries';

/** The response shapes of GET /dashboard/agencies and GET /dashboard/plans/{planId}. */
export class CategoryCountsView implements CategoryCounts {
  @ApiProperty({ type: 'integer', description: 'Chưa tiếp nhận' }) not_acknowledged!: number;
  @ApiProperty({ type: 'integer', description: 'Đang thực hiện trong hạn' }) in_progress_on_time!: number;
  @ApiProperty({ type: 'integer', description: 'Đang thực hiện quá hạn' }) in_progress_overdue!: number;
  @ApiProperty({ type: 'integer', description: 'Hoàn thành đúng hạn' }) completed_on_time!: number;
  @ApiProperty({ type: 'integer', description: 'Hoàn thành quá hạn' }) completed_late!: number;
  @ApiProperty({ type: 'integer', description: 'Đã hủy (counted apart)' }) cancelled!: number;
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer', description: 'Still owing work past the due date' }) overdue!: number;
  @ApiProperty({ type: 'integer', description: 'Tasks given at least one extension (đã gia hạn)' })
  extended!: number;
  @ApiProperty({ type: 'integer', description: 'Extensions granted, in all' }) extensions_granted!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Completed on time against the deadline in force (the same tasks as completed_on_time)',
  })
  completed_on_time_in_force!: number;
  @ApiProperty({ type: 'integer', description: 'Completed on time against the deadline given at assignment' })
  completed_on_time_original!: number;
}

export class AgencyCountsView implements AgencyCounts {
  @ApiProperty() agencyId!: string;
  @ApiNullable(String) agencyName!: string | null;
  @ApiNullable(String) shortName!: string | null;
  @ApiNullable(String, { example: 'department' }) kind!: string | null;
  @ApiProperty({ type: CategoryCountsView, description: "Its own tasks and its units'" })
  counts!: CategoryCountsView;
  @ApiPropertyOptional({
    type: () => [AgencyCountsView],
    description: 'The units (centres, teams) rolled into this row, each with its own figures',
  })
  units?: AgencyCountsView[];
}

export class CoordinatorRecordView implements CoordinatorRecord {
  @ApiProperty({ type: 'integer', description: 'Tasks it coordinates (phối hợp), cancelled ones left out' })
  tasks!: number;
  @ApiProperty({ type: 'integer', description: 'Its part not acknowledged yet' }) not_acknowledged!: number;
  @ApiProperty({
    type: 'integer',
    description: "First contribution reported by the task's deadline in force on that day (đúng hạn)",
  })
  on_time!: number;
  @ApiProperty({ type: 'integer', description: 'First contribution reported after that deadline (trễ hạn)' })
  late!: number;
  @ApiProperty({
    type: 'integer',
    description: 'No contribution reported, the deadline passed and the task still open (quá hạn)',
  })
  overdue!: number;
}

export class AgencyCoordinatorRecordView implements AgencyCoordinatorRecord {
  @ApiProperty() agencyId!: string;
  @ApiNullable(String) agencyName!: string | null;
  @ApiNullable(String) shortName!: string | null;
  @ApiNullable(String, { example: 'commune' }) kind!: string | null;
  @ApiProperty({ type: CoordinatorRecordView, description: "Its own part and its units'" })
  counts!: CoordinatorRecordView;
  @ApiPropertyOptional({
    type: () => [AgencyCoordinatorRecordView],
    description: 'The units rolled into this row, each with its own record',
  })
  units?: AgencyCoordinatorRecordView[];
}

export class AgencyDashboardView implements AgencyDashboard {
  @ApiDay() today!: string;
  @ApiAsOfAnswer() asOf!: string | null;
  @ApiProperty({ type: CategoryCountsView }) totals!: CategoryCountsView;
  @ApiProperty({ type: [AgencyCountsView], description: 'One row per lead agency with at least one task' })
  agencies!: AgencyCountsView[];
  @ApiProperty({ type: CoordinatorRecordView, description: 'The records as coordinating agency, summed' })
  coordinatorTotals!: CoordinatorRecordView;
  @ApiProperty({
    type: [AgencyCoordinatorRecordView],
    description:
      'One row per agency coordinating at least one task (phối hợp): its record apart from its record as lead',
  })
  coordinators!: AgencyCoordinatorRecordView[];
}

export class SectionCountsView implements SectionCounts {
  @ApiNullable(String, { example: 'III.1', description: 'Null for tasks without a number' })
  section!: string | null;
  @ApiProperty({ type: CategoryCountsView }) counts!: CategoryCountsView;
}

export class GroupProgressView implements GroupProgress {
  @ApiProperty() groupId!: string;
  @ApiNullable(String) code!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: 'integer', description: 'Completed (awaiting review or accepted)' }) done!: number;
  @ApiProperty({ type: 'integer', description: 'Not cancelled' }) total!: number;
  @ApiProperty({ type: 'integer' }) overdue!: number;
  @ApiProperty({ type: 'integer' }) cancelled!: number;
}

export class PlanSummaryView implements Readonly<PlanDashboard['plan']> {
  @ApiProperty() planId!: string;
  @ApiNullable(String, { example: '495/KH-UBND' }) number!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'open' }) status!: string;
  @ApiDay({ nullable: true }) issuedOn!: string | null;
  @ApiDay({ nullable: true }) periodFrom!: string | null;
  @ApiDay({ nullable: true }) periodTo!: string | null;
}

export class PlanDashboardView implements PlanDashboard {
  @ApiDay() today!: string;
  @ApiAsOfAnswer() asOf!: string | null;
  @ApiProperty({ type: PlanSummaryView }) plan!: PlanSummaryView;
  @ApiProperty({ type: CategoryCountsView }) totals!: CategoryCountsView;
  @ApiProperty({ type: [SectionCountsView] }) sections!: SectionCountsView[];
  @ApiProperty({ type: [AgencyCountsView] }) agencies!: AgencyCountsView[];
  @ApiProperty({ type: [GroupProgressView], description: 'Tasks given to every commune, "27 of 40 done"' })
  groups!: GroupProgressView[];
}
