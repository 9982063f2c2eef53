import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorize } from '@giaoviec/platform';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { IndicatorQueries, type IndicatorScoreboard } from './indicators.queries';
import { IndicatorScoreboardRequest } from './indicators.request';
import { IndicatorScoreboardView } from './indicators.responses';

@ApiTags('dashboard')
@Controller('dashboard/indicators')
export class IndicatorsController {
  constructor(private readonly queries: IndicatorQueries) {}

  @Get()
  @ApiOperation({
    summary:
      "The KPI scoreboard: each indicator's latest value of the year against its target, and the history of target revisions",
  })
  @ApiOkResponse({ type: IndicatorScoreboardView })
  @Authorize('dashboard.read')
  @ReadModelQuery()
  scoreboard(@Query() query: IndicatorScoreboardRequest): Promise<IndicatorScoreboard> {
    // Indicators are city-wide: every role that may read dashboards sees all of them.
    return this.queries.scoreboard({ planId: query.planId, year: query.year });
  }
}
