import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import { agencyDecider, agencyStreamId } from '@giaoviec/agencies';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { localDateAt, notFound, type Clock } from '@giaoviec/kernel';
import {
  Authorize,
  CLOCK,
  CommandAcceptedResponse,
  EventSourcedExecutor,
  ExpectedVersion,
  forbiddenProblem,
  RequestCommandContext,
  derivedId,
  type CommandContext,
  type StreamWriteResult,
} from '@giaoviec/platform';
import {
  isAssigned,
  isTaskOverdue,
  taskDecider,
  taskStatusCategory,
  taskStreamId,
  type TaskCommand,
} from '../domain';
import {
  AcceptCompletionRequest,
  AcknowledgeTaskRequest,
  CancelTaskRequest,
  CompleteTaskRequest,
  EscalateTaskRequest,
  GrantExtensionRequest,
  ReassignTaskRequest,
  RejectExtensionRequest,
  ReopenTaskRequest,
  ReportProgressRequest,
  RequestExtensionRequest,
  ReturnCompletionRequest,
  SubmitPeriodicReportRequest,
} from './requests/task-action.requests';
import { ExecuteTaskCommand } from './task.commands';
import { TaskHistoryView, TaskView } from './task.views';

type TaskAction = Exclude<TaskCommand, { type: 'AssignTask' | 'RecordReminderSent' }>;

/** Everything done to a task after it is assigned. Each answers with the task's new version. */
@ApiTags('tasks')
@Controller('tasks/:taskId')
export class TasksController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly executor: EventSourcedExecutor,
  ) {}

  @Get()
  @ApiOperation({
    summary: "The task's current state, its report category today, and its version (also the ETag)",
  })
  @ApiOkResponse({ type: TaskView })
  @Authorize('task.read')
  async get(@Param('taskId') taskId: string): Promise<TaskView> {
    const { state, version } = await this.executor.load(taskStreamId(taskId), taskDecider);
    if (!isAssigned(state)) throw notFound('task.not_found', `Task ${taskId} does not exist.`, { taskId });
    const today = localDateAt(this.clock.now());
    return {
      ...state,
      version,
      category: taskStatusCategory(state, today),
      overdue: isTaskOverdue(state, today),
    };
  }

  @Get('history')
  @ApiOperation({
    summary: 'Every event of the task in order: what happened, who did it, when it happened and was recorded',
  })
  @ApiOkResponse({ type: TaskHistoryView })
  @Authorize('task.read')
  async history(@Param('taskId') taskId: string): Promise<TaskHistoryView> {
    const { version, events } = await this.store.readStream(taskStreamId(taskId));
    if (version === 0) throw notFound('task.not_found', `Task ${taskId} does not exist.`, { taskId });
    return {
      taskId,
      version,
      events: events.map((event) => ({
        version: event.streamVersion,
        eventId: event.eventId,
        type: event.type,
        data: event.data,
        actor: event.metadata.actor,
        occurredAt: event.metadata.occurredAt,
        recordedAt: event.recordedAt.toISOString(),
        position: event.checkpoint,
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.causationId,
        commandId: event.metadata.commandId,
        schemaVersion: event.metadata.schemaVersion,
      })),
    };
  }

  @Post('acknowledge')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The lead agency acknowledges the task (tiếp nhận)' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.acknowledge')
  acknowledge(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, ...body }: AcknowledgeTaskRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run({ type: 'AcknowledgeTask', data: { taskId, ...body } }, context, expectedVersion);
  }

  @Post('progress')
  @ApiOperation({ summary: 'Report progress (báo cáo tiến độ)' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.report_progress')
  reportProgress(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, reportId, ...body }: ReportProgressRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    const data = { taskId, reportId: reportId ?? derivedId(context, 'progress-report'), ...body };
    return this.run({ type: 'ReportProgress', data }, context, expectedVersion);
  }

  @Post('periodic-reports')
  @ApiOperation({
    summary:
      'Report on the period in hand of a recurring report (báo cáo định kỳ); judged on time or late, then the next period opens',
  })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.submit_periodic_report')
  submitPeriodicReport(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, reportId, ...body }: SubmitPeriodicReportRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    const data = { taskId, reportId: reportId ?? derivedId(context, 'periodic-report'), ...body };
    return this.run({ type: 'SubmitPeriodicReport', data }, context, expectedVersion);
  }

  @Post('extension-requests')
  @ApiOperation({ summary: 'Ask for a later deadline (xin gia hạn)' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.request_extension')
  async requestExtension(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, requestId, ...body }: RequestExtensionRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    const id = requestId ?? derivedId(context, 'extension-request');
    const written = await this.run(
      { type: 'RequestExtension', data: { taskId, requestId: id, ...body } },
      context,
      expectedVersion,
    );
    return { ...written, requestId: id };
  }

  @Post('extension-requests/:requestId/grant')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Grant a pending extension request; the deadline moves' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.grant_extension')
  grantExtension(
    @Param('taskId') taskId: string,
    @Param('requestId') requestId: string,
    @Body() { expectedVersion: _, ...body }: GrantExtensionRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run(
      { type: 'GrantExtension', data: { taskId, requestId, ...body } },
      context,
      expectedVersion,
    );
  }

  @Post('extension-requests/:requestId/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reject a pending extension request' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.reject_extension')
  rejectExtension(
    @Param('taskId') taskId: string,
    @Param('requestId') requestId: string,
    @Body() { expectedVersion: _, ...body }: RejectExtensionRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run(
      { type: 'RejectExtension', data: { taskId, requestId, ...body } },
      context,
      expectedVersion,
    );
  }

  @Post('complete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The lead agency closes the task with its result (hoàn thành)' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.complete')
  complete(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, ...body }: CompleteTaskRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run({ type: 'CompleteTask', data: { taskId, ...body } }, context, expectedVersion);
  }

  @Post('accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The standing office accepts a completed task' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.accept')
  accept(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, ...body }: AcceptCompletionRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run({ type: 'AcceptCompletion', data: { taskId, ...body } }, context, expectedVersion);
  }

  @Post('return')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The standing office returns a completed task; it is in progress again' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.return')
  returnCompletion(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, ...body }: ReturnCompletionRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run({ type: 'ReturnCompletion', data: { taskId, ...body } }, context, expectedVersion);
  }

  @Post('reassign')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Give the task to another lead agency, which must acknowledge it' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.reassign')
  async reassign(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, ...body }: ReassignTaskRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    if (context.actor.role !== 'standing_office') {
      await this.requireUnitOfOwnAgency(body.toAgencyId, context);
      // The deadline is the city's; a head who needs more time asks for an extension.
      if (body.newDueDate !== undefined) {
        throw forbiddenProblem(
          'Only the standing office sets a new deadline on reassignment; an agency head keeps the deadline or requests an extension.',
          { reason: 'deadline_of_standing_office', action: 'task.reassign', role: context.actor.role },
        );
      }
    }
    return this.run(
      { type: 'ReassignTask', data: { taskId, ...body, cause: 'manual' } },
      context,
      expectedVersion,
    );
  }

  @Post('escalate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Escalate an overdue task to the standing office, then the Steering Committee' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.escalate')
  escalate(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, ...body }: EscalateTaskRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run({ type: 'EscalateTask', data: { taskId, ...body } }, context, expectedVersion);
  }

  @Post('cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel an open task' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.cancel')
  cancel(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, ...body }: CancelTaskRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run({ type: 'CancelTask', data: { taskId, ...body } }, context, expectedVersion);
  }

  @Post('reopen')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reopen an accepted or cancelled task' })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  @Authorize('task.reopen')
  reopen(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, ...body }: ReopenTaskRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run({ type: 'ReopenTask', data: { taskId, ...body } }, context, expectedVersion);
  }

  /** An agency head may hand a task only to a unit of the agency (one whose parent it is). */
  private async requireUnitOfOwnAgency(toAgencyId: string, context: CommandContext): Promise<void> {
    const { state } = await this.executor.load(agencyStreamId(toAgencyId), agencyDecider);
    if (state.status !== 'unregistered' && state.parentAgencyId === context.actor.agencyId) return;
    throw forbiddenProblem(
      `An agency head may reassign a task only to a unit of ${context.actor.agencyId}; ${toAgencyId} is not one. Ask the standing office.`,
      { reason: 'unit_of_agency', action: 'task.reassign', role: context.actor.role },
    );
  }

  private run(
    command: TaskAction,
    context: CommandContext,
    expectedVersion: number | undefined,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(new ExecuteTaskCommand(command, context, expectedVersion));
  }
}
