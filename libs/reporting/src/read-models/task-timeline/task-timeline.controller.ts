import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { notFound } from '@giaoviec/kernel';
import { ApiQueryOperation, Authorize } from '@giaoviec/platform';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { AuditQueries, type AuditPage } from '../audit/audit.queries';
import { AuditPageView } from '../audit/audit.responses';
import { TaskTimelineRequest } from './task-timeline.request';

/**
 * The history of one task in words, for everyone who may read the task. The audit trail
 * itself is for heads, the standing office and leadership; an officer of the lead or a
 * coordinating agency still needs to see who reported what on their own task, and when.
 */
@ApiTags('tasks')
@Controller('tasks/:taskId/timeline')
export class TaskTimelineController {
  constructor(private readonly queries: AuditQueries) {}

  @Get()
  @ApiQueryOperation({
    summary: "The task's audit trail, oldest first: who did what and when, with a Vietnamese sentence each",
    description:
      'The entries of GET /audit?taskId= for anyone who may read the task (task.read): assignment, acknowledgment, ' +
      'progress reports with their text, extensions, completion, reminders and escalations.',
    answers: AuditPageView,
    fromReadModels: true,
    problems: { 404: 'No such task, as far as the read models have got (`task.not_found`)' },
  })
  @Authorize('task.read')
  @ReadModelQuery()
  async timeline(@Param('taskId') taskId: string, @Query() query: TaskTimelineRequest): Promise<AuditPage> {
    const page = await this.queries.page({ taskId, order: 'asc', limit: query.limit, cursor: query.cursor });
    // Every task's trail starts with its assignment: an empty first page means no such task
    // (as far as the read models have got; X-Read-After waits for a task just assigned).
    if (query.cursor === undefined && page.items.length === 0) {
      throw notFound('task.not_found', `Task ${taskId} does not exist.`, { taskId });
    }
    return page;
  }
}
