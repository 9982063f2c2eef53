import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiQueryOperation, Authorize } from '@giaoviec/platform';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { PROGRESS_RULE } from './indicator-progress';
import { IndicatorQueries, type IndicatorScoreboard } from './indicators.queries';
import { IndicatorScoreboardRequest } from './indicators.request';
import { IndicatorScoreboardView } from './indicators.responses';

@ApiTags('dashboard')
@Controller('dashboard/indicators')
export class IndicatorsController {
  constructor(private readonly queries: IndicatorQueries) {}

  @Get()
  @ApiQueryOperation({
    summary:
      "The KPI scoreboard: each indicator's latest confirmed value of the year against its target, its progress, the values waiting for confirmation, and the history of target revisions",
    description: `Only values the standing office confirmed count. Progress: ${PROGRESS_RULE}`,
    answers: IndicatorScoreboardView,
    fromReadModels: true,
  })
  @Authorize('dashboard.read')
  @ReadModelQuery()
  scoreboard(@Query() query: IndicatorScoreboardRequest): Promise<IndicatorScoreboard> {
    // Indicators are city-wide: every role that may read dashboards sees all of them.
    return this.queries.scoreboard({ planId: query.planId, year: query.year });
  }
}
