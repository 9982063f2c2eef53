import { Body, Controller, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiCommandOperation,
  Authorize,
  CommandAcceptedResponse,
  EventSourcedExecutor,
  ExpectedVersion,
  RequestCommandContext,
  derivedId,
  type CommandContext,
  type StreamWriteResult,
} from '@giaoviec/platform';
import { loadIndicatorOfPlan } from './indicator-of-plan';
import { IndicatorValueCommand } from './planning.commands';
import { NO_SUCH_INDICATOR } from './plans.controller';
import { ReportIndicatorValueRequest } from './report-indicator-value/report-indicator-value.request';
import {
  ConfirmIndicatorValueRequest,
  ReturnIndicatorValueRequest,
} from './review-indicator-value/review-indicator-value.requests';

const NO_SUCH_REPORT = `${NO_SUCH_INDICATOR}, or the indicator has no such report (\`indicator.report_not_found\`)`;
const REVIEWED_ALREADY =
  'The report was confirmed (`indicator.report_already_confirmed`) or returned (`indicator.report_already_returned`) ' +
  'already, or a later report of its period replaced it (`indicator.report_superseded`)';

/**
 * The values of a KPI indicator: the responsible agency reports them per period, the standing
 * office confirms each (only confirmed values count on the scoreboard) or returns it with a reason.
 */
@ApiTags('plans')
@Controller('plans/:planId/indicators/:indicatorId/values')
export class IndicatorValuesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly executor: EventSourcedExecutor,
  ) {}

  @Post()
  @ApiCommandOperation({
    summary: "Report an indicator's value for a period",
    description:
      "By the indicator's responsible agency, or by the standing office on its behalf with `onBehalfReason`. " +
      'The value waits for the standing office to confirm it (chờ xác nhận). A new report of a period replaces the ' +
      'pending or returned one (`supersedesReportId`); a period whose value was confirmed is not reported again ' +
      '(409 `indicator.period_already_confirmed`).',
    status: HttpStatus.CREATED,
    answers: CommandAcceptedResponse,
    versioned: true,
    problems: { 404: NO_SUCH_INDICATOR },
  })
  @Authorize('indicator.report_value')
  async report(
    @Param('planId') planId: string,
    @Param('indicatorId') indicatorId: string,
    @Body() body: ReportIndicatorValueRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    const reportId = body.reportId ?? derivedId(context, 'indicator-report');
    return this.execute(
      planId,
      {
        type: 'ReportIndicatorValue',
        data: { ...body, indicatorId, reportId, reportedByAgencyId: context.actor.agencyId },
      },
      context,
      expectedVersion,
    );
  }

  @Post(':reportId/confirm')
  @ApiCommandOperation({
    summary: 'Confirm a reported value: from now on it counts on the scoreboard',
    status: HttpStatus.OK,
    answers: CommandAcceptedResponse,
    versioned: true,
    problems: { 404: NO_SUCH_REPORT, 409: REVIEWED_ALREADY },
  })
  @Authorize('indicator.confirm_value')
  confirm(
    @Param('planId') planId: string,
    @Param('indicatorId') indicatorId: string,
    @Param('reportId') reportId: string,
    @Body() body: ConfirmIndicatorValueRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.execute(
      planId,
      { type: 'ConfirmIndicatorValue', data: { ...body, indicatorId, reportId } },
      context,
      expectedVersion,
    );
  }

  @Post(':reportId/return')
  @ApiCommandOperation({
    summary: 'Return a reported value to the responsible agency with a reason; it reports the period again',
    status: HttpStatus.OK,
    answers: CommandAcceptedResponse,
    versioned: true,
    problems: { 404: NO_SUCH_REPORT, 409: REVIEWED_ALREADY },
  })
  @Authorize('indicator.return_value')
  return(
    @Param('planId') planId: string,
    @Param('indicatorId') indicatorId: string,
    @Param('reportId') reportId: string,
    @Body() body: ReturnIndicatorValueRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.execute(
      planId,
      { type: 'ReturnIndicatorValue', data: { ...body, indicatorId, reportId } },
      context,
      expectedVersion,
    );
  }

  private async execute(
    planId: string,
    command: IndicatorValueCommand['command'],
    context: CommandContext,
    expectedVersion: number | undefined,
  ): Promise<StreamWriteResult> {
    await loadIndicatorOfPlan(this.executor, planId, command.data.indicatorId);
    return this.commandBus.execute(new IndicatorValueCommand(command, context, expectedVersion));
  }
}
