import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TASK_STATUS_CATEGORIES, type TaskStatusCategory } from '@giaoviec/tasks';
import { AgencyTaskFilterRequest, CursorParam, IdFilter } from '../shared/read-model.requests';
import { TASK_PENDING, type TaskPending } from './task-list.queries';

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

  /** Not together with offset. */
  @CursorParam()
  cursor?: string;
}
