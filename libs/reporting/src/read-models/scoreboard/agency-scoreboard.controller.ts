import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiQueryOperation, Authorize, invalidField } from '@giaoviec/platform';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { AgencyScoreboardQueries, type AgencyScoreboard } from './agency-scoreboard.queries';
import { AgencyScoreboardRequest } from './agency-scoreboard.request';
import { AgencyScoreboardView } from './agency-scoreboard.responses';
import { SCOREBOARD_ORDERING_RULE } from './scoreboard-ranking';

/** The ranking of agencies for a period, which the standing office reports to the Steering Committee. */
@ApiTags('dashboard')
@Controller('dashboard/agency-scoreboard')
export class AgencyScoreboardController {
  constructor(private readonly queries: AgencyScoreboardQueries) {}

  @Get()
  @ApiQueryOperation({
    summary:
      'Agencies ranked for a period: as lead (due, on time, late, still overdue, on-time rate) and as coordinator',
    description:
      'Counts the tasks whose deadline in force falls between `from` and `to` (both included), cancelled ones left out; ' +
      'units are counted in their department. A coordinating agency is on time when its first contribution came by the ' +
      "task's deadline in force on that day, late after it, overdue when none came, the deadline passed and the task is open. " +
      SCOREBOARD_ORDERING_RULE,
    answers: AgencyScoreboardView,
    fromReadModels: true,
  })
  @Authorize('dashboard.read_scoreboard')
  @ReadModelQuery()
  scoreboard(@Query() query: AgencyScoreboardRequest): Promise<AgencyScoreboard> {
    if (query.from > query.to) throw invalidField('to', 'notBeforeFrom', 'to must not be earlier than from');
    return this.queries.scoreboard({ from: query.from, to: query.to, kind: query.kind });
  }
}
