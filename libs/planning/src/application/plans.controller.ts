import { Body, Controller, Get, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { notFound } from '@giaoviec/kernel';
import {
  ApiCommandOperation,
  ApiQueryOperation,
  Authorize,
  CommandAcceptedResponse,
  EventSourcedExecutor,
  ExpectedVersion,
  RequestCommandContext,
  derivedId,
  type CommandContext,
  type StreamWriteResult,
} from '@giaoviec/platform';
import { planDecider, planStreamId } from '../domain';
import { AmendPlanRequest } from './amend-plan/amend-plan.request';
import { ClosePlanRequest } from './close-plan/close-plan.request';
import { DefineIndicatorRequest } from './define-indicator/define-indicator.request';
import { IssuePlanRequest } from './issue-plan/issue-plan.request';
import { AmendPlanCommand, DefineIndicatorCommand, ExecutePlanCommand } from './planning.commands';
import { PlanningViews } from './planning.views';
import { loadIndicatorOfPlan } from './indicator-of-plan';
import { AmendmentRecordedResponse } from './responses/amendment-recorded.response';
import { IndicatorView } from './responses/indicator.view';
import { PlanWithIndicatorsView } from './responses/plan-with-indicators.view';
import { PlanView } from './responses/plan.view';

const NO_SUCH_PLAN = 'No such plan (`plan.not_found`)';
export const NO_SUCH_INDICATOR = 'No such plan, or the plan has no such indicator (`indicator.not_found`)';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly executor: EventSourcedExecutor,
    private readonly views: PlanningViews,
  ) {}

  @Post()
  @ApiCommandOperation({
    summary: 'Issue a plan (Kế hoạch)',
    status: HttpStatus.CREATED,
    answers: CommandAcceptedResponse,
  })
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
  @ApiQueryOperation({
    summary: 'Every plan, newest first (plans without a known date of issue last)',
    answers: [PlanView],
  })
  @Authorize('plan.read')
  async list(): Promise<PlanView[]> {
    const plans = [...(await this.views.plans.current()).values()].flatMap(({ state, version }) =>
      state.status === 'not_issued' ? [] : [{ ...state, version }],
    );
    const issuedOn = (plan: PlanView) => plan.issuedOn ?? '';
    return plans.sort((a, b) => issuedOn(b).localeCompare(issuedOn(a)));
  }

  @Get(':planId')
  @ApiQueryOperation({
    summary: 'One plan with its KPI indicators',
    answers: PlanWithIndicatorsView,
    problems: { 404: NO_SUCH_PLAN },
  })
  @Authorize('plan.read')
  async get(@Param('planId') planId: string): Promise<PlanWithIndicatorsView> {
    const { state, version } = await this.executor.load(planStreamId(planId), planDecider);
    if (state.status === 'not_issued')
      throw notFound('plan.not_found', `Plan ${planId} has not been issued.`, { planId });
    const indicators = [...(await this.views.indicators.current()).values()].flatMap(
      ({ state: indicator, version: indicatorVersion }) =>
        indicator.status !== 'not_defined' && indicator.planId === planId
          ? [{ ...indicator, version: indicatorVersion }]
          : [],
    );
    return { ...state, version, indicators };
  }

  @Post(':planId/close')
  @ApiCommandOperation({
    summary: 'Close a plan',
    status: HttpStatus.OK,
    answers: CommandAcceptedResponse,
    versioned: true,
    problems: { 404: NO_SUCH_PLAN },
  })
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
  @ApiCommandOperation({
    summary: 'Amend a plan: records the amending document and revises KPI targets (old and new values kept)',
    status: HttpStatus.CREATED,
    answers: AmendmentRecordedResponse,
    // The plan's and the indicators' streams: no one version to send back.
    etag: false,
    problems: { 404: `${NO_SUCH_PLAN}, or an indicator it revises (\`indicator.not_found\`)` },
  })
  @Authorize('plan.amend')
  async amend(
    @Param('planId') planId: string,
    @Body() body: AmendPlanRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<AmendmentRecordedResponse> {
    const amendmentId = body.amendmentId ?? derivedId(context, 'amendment');
    const written = await this.commandBus.execute(
      new AmendPlanCommand({ type: 'AmendPlan', data: { ...body, planId, amendmentId } }, context),
    );
    return { amendmentId, streams: written };
  }

  @Post(':planId/indicators')
  @ApiCommandOperation({
    summary: 'Define a KPI indicator (chỉ tiêu) of the plan with its yearly targets',
    status: HttpStatus.CREATED,
    answers: CommandAcceptedResponse,
    problems: { 404: NO_SUCH_PLAN },
  })
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
  @ApiQueryOperation({
    summary: 'One indicator: targets, revisions and reported values',
    answers: IndicatorView,
    problems: { 404: NO_SUCH_INDICATOR },
  })
  @Authorize('plan.read')
  async getIndicator(
    @Param('planId') planId: string,
    @Param('indicatorId') indicatorId: string,
  ): Promise<IndicatorView> {
    const { state, version } = await loadIndicatorOfPlan(this.executor, planId, indicatorId);
    return { ...state, version };
  }
}
