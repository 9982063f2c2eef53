import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { localDateAt, notFound, pointInTime, type Clock } from '@giaoviec/kernel';
import { ApiQueryOperation, AS_OF_PROBLEMS, Authorize, CLOCK } from '@giaoviec/platform';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { AuditQueries } from '../audit/audit.queries';
import { TaskTimelineRequest } from './task-timeline.request';
import { TaskTimelinePage, TaskTimelineView } from './task-timeline.responses';

/**
 * The history of one task in words, for everyone who may read the task. The audit trail
 * itself is for heads, the standing office and leadership; an officer of the lead or a
 * coordinating agency still needs to see who reported what on their own task, and when.
 */
@ApiTags('tasks')
@Controller('tasks/:taskId/timeline')
export class TaskTimelineController {
  constructor(
    private readonly queries: AuditQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiQueryOperation({
    summary:
      "The task's audit trail, oldest first: who did what and when, with a Vietnamese sentence each; with asOf, up to the end of that day",
    description:
      'The entries of GET /audit?taskId= for anyone who may read the task (task.read): assignment, acknowledgment, ' +
      'progress reports with their text, extensions, completion, reminders and escalations.',
    answers: TaskTimelineView,
    fromReadModels: true,
    problems: {
      404: 'No such task, as far as the read models have got (`task.not_found`); as of a past day: not assigned by then',
      ...AS_OF_PROBLEMS,
    },
  })
  @Authorize('task.read')
  @ReadModelQuery()
  async timeline(
    @Param('taskId') taskId: string,
    @Query() query: TaskTimelineRequest,
  ): Promise<TaskTimelinePage> {
    const point = pointInTime(query.asOf, localDateAt(this.clock.now()));
    const past = point.kind === 'past' ? point : undefined;
    // As GET /tasks/{taskId}?asOf= and its history do, the task's own entries recorded before
    // the day ended, rather than a day's built read models: one task's trail is a cheap
    // indexed filter, so it never waits for a build (no 202), and it agrees with the history.
    const page = await this.queries.page({
      taskId,
      order: 'asc',
      limit: query.limit,
      cursor: query.cursor,
      ...(past && { to: past.recordedBefore.toISOString(), timeField: 'recorded' as const }),
    });
    // Every task's trail starts with its assignment: an empty first page means no such task
    // (as far as the read models have got; X-Read-After waits for a task just assigned).
    if (query.cursor === undefined && page.items.length === 0) {
      throw notFound('task.not_found', `Task ${taskId} does not exist.`, { taskId });
    }
    return { ...page, asOf: past?.day ?? null };
  }
}
