import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '@giaoviec/kernel';
import { ApiAsOfPreparing, ApiQueryOperation, AS_OF_PROBLEMS, Authorize } from '@giaoviec/platform';
import { type AnswerAsOf, PointInTimeReads } from '../../projection/as-of/point-in-time-reads';
import { ReadModelQuery } from '../../projection/read-after.interceptor';
import { AgencyReadScope } from '../shared/agency-read-scope';
import { RequestActor } from '../shared/request-actor.decorator';
import { DashboardQueries, type AgencyDashboard, type PlanDashboard } from './dashboard.queries';
import { AgencyDashboardRequest, PlanDashboardRequest } from './dashboard.request';
import { AgencyDashboardView, PlanDashboardView } from './dashboard.responses';

/** The Steering Committee's dashboards, in the categories of Vietnamese government reports. */
@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly queries: DashboardQueries,
    private readonly scope: AgencyReadScope,
    private readonly pointInTime: PointInTimeReads,
  ) {}

  @Get('agencies')
  @ApiQueryOperation({
    summary:
      'Per lead agency: not acknowledged, in progress on time / overdue, completed on time / late, cancelled, total',
    answers: AgencyDashboardView,
    fromReadModels: true,
    problems: AS_OF_PROBLEMS,
  })
  @ApiAsOfPreparing()
  @Authorize('dashboard.read')
  @ReadModelQuery()
  async agencies(
    @Query() query: AgencyDashboardRequest,
    @RequestActor() actor: Actor,
  ): Promise<AnswerAsOf<AgencyDashboard>> {
    const scopeAgencyIds = await this.scope.agenciesFor('dashboard.read', actor, query.agencyId);
    const { asOf, queries } = await this.pointInTime.queries(query.asOf, this.queries, DashboardQueries);
    const dashboard = await queries.byAgency({
      scopeAgencyIds,
      agencyId: query.agencyId,
      planId: query.planId,
      kind: query.kind,
    });
    return { ...dashboard, asOf };
  }

  @Get('plans/:planId')
  @ApiQueryOperation({
    summary:
      'One plan: counts per section of the plan and per lead agency, and fan-out groups ("27 of 40 done")',
    answers: PlanDashboardView,
    fromReadModels: true,
    problems: {
      404: 'No issued plan of that id in the read models (`plan.not_found`; as of a past day: not issued by then)',
      ...AS_OF_PROBLEMS,
    },
  })
  @ApiAsOfPreparing()
  @Authorize('dashboard.read')
  @ReadModelQuery()
  async plan(
    @Param('planId') planId: string,
    @Query() query: PlanDashboardRequest,
    @RequestActor() actor: Actor,
  ): Promise<AnswerAsOf<PlanDashboard>> {
    const scopeAgencyIds = await this.scope.agenciesFor('dashboard.read', actor);
    const { asOf, queries } = await this.pointInTime.queries(query.asOf, this.queries, DashboardQueries);
    const dashboard = await queries.byPlan(planId, { scopeAgencyIds, sectionDepth: query.sectionDepth });
    return { ...dashboard, asOf };
  }
}
