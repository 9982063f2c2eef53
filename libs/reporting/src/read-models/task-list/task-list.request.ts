import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AsOfQueryParam, IsLocalDate } from '@giaoviec/platform';
import { TASK_STATUS_CATEGORIES, type TaskStatusCategory } from '@giaoviec/tasks';
import { AgencyTaskFilterRequest, CursorParam, IdFilter } from '../shared/read-model.requests';
import { TASK_LIST_SORTS, TASK_PENDING, type TaskListSort, type TaskPending } from './task-list.queries';
import { SECTION_PATTERN } from './task-section.sql';

/** GET /tasks query parameters. */
export class TaskListRequest extends AgencyTaskFilterRequest {
  @ApiPropertyOptional({
    enum: TASK_STATUS_CATEGORIES,
    description: 'Report category, computed for today in Huế',
  })
  @IsOptional()
  @IsIn(TASK_STATUS_CATEGORIES)
  category?: TaskStatusCategory;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Still owing work (acknowledged or not) and past the due date',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'The fan-out group ("all communes") the task belongs to' })
  @IdFilter()
  groupId?: string;

  @ApiPropertyOptional({
    enum: TASK_PENDING,
    description:
      'Awaiting the standing office: extension = an extension request to decide, review = a completion to accept or return',
  })
  @IsOptional()
  @IsIn(TASK_PENDING)
  pending?: TaskPending;

  @ApiPropertyOptional({
    maxLength: 200,
    description:
      'Words to find in the task code, title, plan number or quoted source text, ignoring case and Vietnamese accents ("ra soat" finds "Rà soát"); every word must appear',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    maxLength: 50,
    example: 'III.5',
    description:
      'A section of the plan: tasks whose code or source section is it or one of its sub-sections (III.5 finds III.5.2, not III.50)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(SECTION_PATTERN, {
    message: 'section must be a section number such as III.5 or VI.3.1 (letters and digits joined by dots)',
  })
  section?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Tasks due on or after this day (yyyy-mm-dd)' })
  @IsOptional()
  @IsLocalDate()
  dueFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Tasks due on or before this day (yyyy-mm-dd)' })
  @IsOptional()
  @IsLocalDate()
  dueTo?: string;

  @ApiPropertyOptional({
    enum: TASK_LIST_SORTS,
    default: 'dueDate',
    description:
      'dueDate: earliest first (nulls last); -dueDate: latest first; daysOverdue: longest overdue first; code: by plan and task code. Keyset paging (cursor) only with dueDate',
  })
  @IsOptional()
  @IsIn(TASK_LIST_SORTS)
  sort?: TaskListSort;

  /** Not together with offset. */
  @CursorParam()
  cursor?: string;

  @AsOfQueryParam()
  asOf?: string;
}
