import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@giaoviec/kernel';
import { ApiAsOfPreparing, ApiQueryOperation, AS_OF_PROBLEMS, Authorize } from '@giaoviec/platform';
import { type AnswerAsOf, PointInTimeReads } from '../../projection/as-of/point-in-time-reads';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { AgencyReadScope } from '../shared/agency-read-scope';
import { RequestActor } from '../shared/request-actor.decorator';
import { OverdueBoardQueries, type OverdueBoard } from './overdue-board.queries';
import { OverdueBoardRequest } from './overdue-board.request';
import { OverdueBoardView } from './overdue-board.responses';

@ApiTags('dashboard')
@Controller('dashboard/overdue')
export class OverdueBoardController {
  constructor(
    private readonly queries: OverdueBoardQueries,
    private readonly scope: AgencyReadScope,
    private readonly pointInTime: PointInTimeReads,
  ) {}

  @Get()
  @ApiQueryOperation({
    summary:
      'Open tasks past their due date, most overdue first: last report, last reminder, escalation level',
    answers: OverdueBoardView,
    fromReadModels: true,
    problems: AS_OF_PROBLEMS,
  })
  @ApiAsOfPreparing()
  @Authorize('dashboard.read')
  @ReadModelQuery()
  async board(
    @Query() query: OverdueBoardRequest,
    @RequestActor() actor: Actor,
  ): Promise<AnswerAsOf<OverdueBoard>> {
    const scopeAgencyIds = await this.scope.agenciesFor('dashboard.read', actor, query.agencyId);
    const { asOf, queries } = await this.pointInTime.queries(query.asOf, this.queries, OverdueBoardQueries);
    const board = await queries.board({
      scopeAgencyIds,
      agencyId: query.agencyId,
      participation: query.participation,
      planId: query.planId,
      limit: query.limit,
      offset: query.offset,
    });
    return { ...board, asOf };
  }
}
