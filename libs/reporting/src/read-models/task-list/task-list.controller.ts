import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@giaoviec/kernel';
import { ApiAsOfPreparing, ApiQueryOperation, AS_OF_PROBLEMS, Authorize } from '@giaoviec/platform';
import { type AnswerAsOf, PointInTimeReads } from '../../projection/as-of/point-in-time-reads';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { AgencyReadScope } from '../shared/agency-read-scope';
import { RequestActor } from '../shared/request-actor.decorator';
import { TaskListQueries, type TaskListPage } from './task-list.queries';
import { TaskListRequest } from './task-list.request';
import { TaskListPageView } from './task-list.responses';

@ApiTags('tasks')
@Controller('tasks')
export class TaskListController {
  constructor(
    private readonly queries: TaskListQueries,
    private readonly scope: AgencyReadScope,
    private readonly pointInTime: PointInTimeReads,
  ) {}

  @Get()
  @ApiQueryOperation({
    summary: 'The tasks, by due date (nulls last) then plan item number, with their report category today',
    description:
      'Officers and agency heads see only the tasks their agency leads or coordinates; asking for another agency is a 403.',
    answers: TaskListPageView,
    fromReadModels: true,
    problems: AS_OF_PROBLEMS,
  })
  @ApiAsOfPreparing()
  @Authorize('task.list')
  @ReadModelQuery()
  async list(
    @Query() query: TaskListRequest,
    @RequestActor() actor: Actor,
  ): Promise<AnswerAsOf<TaskListPage>> {
    const scopeAgencyIds = await this.scope.agenciesFor('task.list', actor, query.agencyId);
    const { asOf, queries } = await this.pointInTime.queries(query.asOf, this.queries, TaskListQueries);
    const page = await queries.list({
      scopeAgencyIds,
      agencyId: query.agencyId,
      participation: query.participation,
      planId: query.planId,
      category: query.category,
      overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
      groupId: query.groupId,
      pending: query.pending,
      search: query.q,
      section: query.section,
      dueFrom: query.dueFrom,
      dueTo: query.dueTo,
      sort: query.sort,
      limit: query.limit,
      offset: query.offset,
      cursor: query.cursor,
    });
    return { ...page, asOf };
  }
}
