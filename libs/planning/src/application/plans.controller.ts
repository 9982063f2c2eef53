import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { notFound } from '@giaoviec/kernel';
import {
  Authorize,
  CommandAcceptedResponse,
  EventSourcedExecutor,
  ExpectedVersion,
  RequestCommandContext,
  derivedId,
  type CommandContext,
  type StreamWriteResult,
} from '@giaoviec/platform';
import {
  indicatorDecider,
  indicatorStreamId,
  planDecider,
  planStreamId,
  type IndicatorState,
} from '../domain';
import { AmendPlanRequest } from './amend-plan/amend-plan.request';
import { ClosePlanRequest } from './close-plan/close-plan.request';
import { DefineIndicatorRequest } from './define-indicator/define-indicator.request';
import { IssuePlanRequest } from './issue-plan/issue-plan.request';
import {
  AmendPlanCommand,
  DefineIndicatorCommand,
  ExecutePlanCommand,
  ReportIndicatorValueCommand,
} from './planning.commands';
import { PlanningViews } from './planning.views';
import { ReportIndicatorValueRequest } from './report-indicator-value/report-indicator-value.request';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly executor: EventSourcedExecutor,
    private readonly views: PlanningViews,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Issue a plan (Kế hoạch)' })
  @ApiCreatedResponse({ type: CommandAcceptedResponse })
  @Authorize('plan.issue')
  issue(
    @Body() body: IssuePlanRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    const planId = body.planId ?? derivedId(context, 'plan');
    return this.commandBus.execute(
      new ExecutePlanCommand({ type: 'IssuePlan', data: { ...body, planId } }, context),
    );
  }

  @Get()
  @ApiOperation({ summary: 'Every plan, newest first (plans without a known date of issue last)' })
  @Authorize('plan.read')
  async list() {
    const plans = [...(await this.views.plans.current()).values()]
      .filter(({ state }) => state.status !== 'not_issued')
      .map(({ state, version }) => ({ ...state, version }));
    const issuedOn = (plan: (typeof plans)[number]) => ('issuedOn' in plan ? plan.issuedOn : null) ?? '';
    return plans.sort((a, b) => issuedOn(b).localeCompare(issuedOn(a)));
  }

  @Get(':planId')
  @ApiOperation({ summary: 'One plan with its KPI indicators' })
  @Authorize('plan.read')
  async get(@Param('planId') planId: string) {
    const { state, version } = await this.executor.load(planStreamId(planId), planDecider);
    if (state.status === 'not_issued')
      throw notFound('plan.not_found', `Plan ${planId} has not been issued.`, { planId });
    const indicators = [...(await this.views.indicators.current()).values()]
      .filter(({ state: indicator }) => indicator.status !== 'not_defined' && indicator.planId === planId)
      .map(({ state: indicator, version: indicatorVersion }) => ({
        ...indicator,
        version: indicatorVersion,
      }));
    return { ...state, version, indicators };
  }

  @Post(':planId/close')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Close a plan' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('plan.close')
  close(
    @Param('planId') planId: string,
    @Body() { expectedVersion: _, ...body }: ClosePlanRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ExecutePlanCommand({ type: 'ClosePlan', data: { planId, ...body } }, context, expectedVersion),
    );
  }

  @Post(':planId/amendments')
  @ApiOperation({
    summary: 'Amend a plan: records the amending document and revises KPI targets (old and new values kept)',
  })
  @ApiCreatedResponse({ type: [CommandAcceptedResponse] })
  @Authorize('plan.amend')
  async amend(
    @Param('planId') planId: string,
    @Body() body: AmendPlanRequest,
    @RequestCommandContext() context: CommandContext,
  ) {
    const amendmentId = body.amendmentId ?? derivedId(context, 'amendment');
    const written = await this.commandBus.execute(
      new AmendPlanCommand({ type: 'AmendPlan', data: { ...body, planId, amendmentId } }, context),
    );
    return { amendmentId, streams: written };
  }

  @Post(':planId/indicators')
  @ApiOperation({ summary: 'Define a KPI indicator (chỉ tiêu) of the plan with its yearly targets' })
  @ApiCreatedResponse({ type: CommandAcceptedResponse })
  @Authorize('indicator.define')
  defineIndicator(
    @Param('planId') planId: string,
    @Body() body: DefineIndicatorRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    const indicatorId = body.indicatorId ?? derivedId(context, 'indicator');
    return this.commandBus.execute(
      new DefineIndicatorCommand(
        { type: 'DefineIndicator', data: { ...body, planId, indicatorId } },
        context,
      ),
    );
  }

  @Get(':planId/indicators/:indicatorId')
  @ApiOperation({ summary: 'One indicator: targets, revisions and reported values' })
  @Authorize('plan.read')
  async getIndicator(@Param('planId') planId: string, @Param('indicatorId') indicatorId: string) {
    const { state, version } = await this.loadIndicatorOfPlan(planId, indicatorId);
    return { ...state, version };
  }

  @Post(':planId/indicators/:indicatorId/values')
  @ApiOperation({ summary: "Report an indicator's value for a period" })
  @ApiCreatedResponse({ type: CommandAcceptedResponse })
  @Authorize('indicator.report_value')
  async reportValue(
    @Param('planId') planId: string,
    @Param('indicatorId') indicatorId: string,
    @Body() body: ReportIndicatorValueRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    await this.loadIndicatorOfPlan(planId, indicatorId);
    const reportId = body.reportId ?? derivedId(context, 'indicator-report');
    return this.commandBus.execute(
      new ReportIndicatorValueCommand(
        {
          type: 'ReportIndicatorValue',
          data: { ...body, indicatorId, reportId, reportedByAgencyId: context.actor.agencyId },
        },
        context,
        expectedVersion,
      ),
    );
  }

  private async loadIndicatorOfPlan(planId: string, indicatorId: string) {
    const loaded = await this.executor.load<IndicatorState, never>(
      indicatorStreamId(indicatorId),
      indicatorDecider,
    );
    if (loaded.state.status === 'not_defined' || loaded.state.planId !== planId) {
      throw notFound('indicator.not_found', `Plan ${planId} has no indicator ${indicatorId}.`, {
        planId,
        indicatorId,
      });
    }
    return loaded;
  }
}
