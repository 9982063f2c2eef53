import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiAsOfPreparing, ApiQueryOperation, AS_OF_PROBLEMS, Authorize } from '@giaoviec/platform';
import { type AnswerAsOf, PointInTimeReads } from '../../projection/as-of/point-in-time-reads';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { PROGRESS_RULE } from './indicator-progress';
import { IndicatorQueries, type IndicatorScoreboard } from './indicators.queries';
import { IndicatorScoreboardRequest } from './indicators.request';
import { IndicatorScoreboardView } from './indicators.responses';

@ApiTags('dashboard')
@Controller('dashboard/indicators')
export class IndicatorsController {
  constructor(
    private readonly queries: IndicatorQueries,
    private readonly pointInTime: PointInTimeReads,
  ) {}

  @Get()
  @ApiQueryOperation({
    summary:
      "The KPI scoreboard: each indicator's latest confirmed value of the year against its target, its progress, the values waiting for confirmation, and the history of target revisions",
    description: `Only values the standing office confirmed count. Progress: ${PROGRESS_RULE}`,
    answers: IndicatorScoreboardView,
    fromReadModels: true,
    problems: AS_OF_PROBLEMS,
  })
  @ApiAsOfPreparing()
  @Authorize('dashboard.read')
  @ReadModelQuery()
  async scoreboard(@Query() query: IndicatorScoreboardRequest): Promise<AnswerAsOf<IndicatorScoreboard>> {
    const { asOf, queries } = await this.pointInTime.queries(query.asOf, this.queries, IndicatorQueries);
    // Indicators are city-wide: every role that may read dashboards sees all of them.
    const scoreboard = await queries.scoreboard({ planId: query.planId, year: query.year });
    return { ...scoreboard, asOf };
  }
}
