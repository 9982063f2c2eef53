import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Query } from '@nestjs/common';
import { agencyDecider, agencyStreamId } from '@giaoviec/agencies';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { EvidenceAttachments } from '@giaoviec/evidence';
import { localDateAt, notFound, pointInTime, type Clock } from '@giaoviec/kernel';
import {
  ApiCommandOperation,
  ApiQueryOperation,
  AS_OF_PROBLEMS,
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
  AcknowledgeCoordinationRequest,
  AcknowledgeTaskRequest,
  CancelTaskRequest,
  CompleteTaskRequest,
  EscalateTaskRequest,
  GrantExtensionRequest,
  ReassignTaskRequest,
  RejectExtensionRequest,
  ReopenTaskRequest,
  ReportContributionRequest,
  ReportProgressRequest,
  RequestExtensionRequest,
  ReturnCompletionRequest,
  SubmitPeriodicReportRequest,
} from './requests/task-action.requests';
import { TaskReadRequest } from './requests/task-read.request';
import { ExtensionRequestedResponse } from './responses/extension-requested.response';
import { ExecuteTaskCommand } from './task.commands';
import { namedDeadlines } from './task-deadlines';
import { namedCoordinators } from './task-coordination';
import { TaskHistoryView, TaskView } from './task.views';

type TaskAction = Exclude<
  TaskCommand,
  { type: 'AssignTask' | 'RecordReminderSent' | 'GiveDirection' | 'CommentOnTask' }
>;

const NO_SUCH_TASK = 'No such task (`task.not_found`)';
const NO_SUCH_TASK_OR_FILE = `${NO_SUCH_TASK}, or a file named in \`evidenceIds\` was never uploaded (\`evidence.not_found\`)`;
const EVIDENCE_PROBLEMS = {
  403: 'A file named in `evidenceIds` was uploaded by another agency (`evidence.not_yours`)',
  404: NO_SUCH_TASK_OR_FILE,
} as const;
const NO_SUCH_REQUEST = `${NO_SUCH_TASK}, or no pending extension request of that id (\`extension.not_requested\`)`;

/** Every command on a task: versioned by the task's stream, a 404 for a task that does not exist. */
const ApiTaskCommand = (
  summary: string,
  status: HttpStatus.OK | HttpStatus.CREATED = HttpStatus.OK,
  answers: typeof CommandAcceptedResponse = CommandAcceptedResponse,
  notFound = NO_SUCH_TASK,
  problems: { 403?: string; 404?: string } = {},
) =>
  ApiCommandOperation({
    summary,
    status,
    answers,
    versioned: true,
    problems: { 404: notFound, ...problems },
  });

/** A report that may carry files: 403/404 for files it may not name, 422 for a file of another task (`evidence.other_task`). */
const ApiReportCommand = (summary: string, status: HttpStatus.OK | HttpStatus.CREATED) =>
  ApiTaskCommand(summary, status, CommandAcceptedResponse, NO_SUCH_TASK_OR_FILE, EVIDENCE_PROBLEMS);

/** Everything done to a task after it is assigned. Each answers with the task's new version. */
@ApiTags('tasks')
@Controller('tasks/:taskId')
export class TasksController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly executor: EventSourcedExecutor,
    private readonly attachments: EvidenceAttachments,
  ) {}

  @Get()
  @ApiQueryOperation({
    summary:
      "The task's current state, its report category today, and its version; with asOf, as it stood at the end of that day",
    answers: TaskView,
    problems: { 404: `${NO_SUCH_TASK}; as of a past day: not assigned by then`, ...AS_OF_PROBLEMS },
  })
  @Authorize('task.read')
  async get(@Param('taskId') taskId: string, @Query() query: TaskReadRequest): Promise<TaskView> {
    const now = localDateAt(this.clock.now());
    const point = pointInTime(query.asOf, now);
    const past = point.kind === 'past' ? point : undefined;
    const { state, version, events } = await this.executor.load(
      taskStreamId(taskId),
      taskDecider,
      past?.recordedBefore,
    );
    if (!isAssigned(state)) throw notFound('task.not_found', `Task ${taskId} does not exist.`, { taskId });
    // Looking back, "today" is the day looked back on: overdue then, not now.
    const today = past?.day ?? now;
    return {
      ...state,
      ...(await namedDeadlines(events, this.executor)),
      coordinators: await namedCoordinators(state, events, this.executor),
      version,
      category: taskStatusCategory(state, today),
      overdue: isTaskOverdue(state, today),
      asOf: past?.day ?? null,
    };
  }

  @Get('history')
  @ApiQueryOperation({
    summary:
      'Every event of the task in order: what happened, who did it, when it happened and was recorded; with asOf, those recorded by the end of that day',
    answers: TaskHistoryView,
    problems: { 404: `${NO_SUCH_TASK}; as of a past day: not assigned by then`, ...AS_OF_PROBLEMS },
  })
  @Authorize('task.read')
  async history(@Param('taskId') taskId: string, @Query() query: TaskReadRequest): Promise<TaskHistoryView> {
    // The same prefix of the stream GET /tasks/{taskId}?asOf= evolves its state from, so the
    // history of a day and the task's state that day always agree.
    const point = pointInTime(query.asOf, localDateAt(this.clock.now()));
    const past = point.kind === 'past' ? point : undefined;
    const { version, events } = await this.executor.loadEvents(taskStreamId(taskId), past?.recordedBefore);
    if (version === 0) throw notFound('task.not_found', `Task ${taskId} does not exist.`, { taskId });
    return {
      taskId,
      version,
      asOf: past?.day ?? null,
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
  @ApiTaskCommand('The lead agency acknowledges the task (tiếp nhận)')
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
  @ApiReportCommand('Report progress (báo cáo tiến độ), with the files uploaded for it', HttpStatus.CREATED)
  @Authorize('task.report_progress')
  async reportProgress(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, reportId, evidenceIds, ...body }: ReportProgressRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    const data = {
      taskId,
      reportId: reportId ?? derivedId(context, 'progress-report'),
      ...body,
      evidence: await this.attachments.forReport(taskId, context.actor, evidenceIds),
    };
    return this.run({ type: 'ReportProgress', data }, context, expectedVersion);
  }

  @Post('coordination/acknowledge')
  @ApiTaskCommand(
    'A coordinating agency (phối hợp) takes on its part of the task; once, like the lead agency’s acknowledgement (409 `coordination.already_acknowledged` the second time)',
  )
  @Authorize('task.acknowledge_coordination')
  acknowledgeCoordination(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, ...body }: AcknowledgeCoordinationRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    return this.run({ type: 'AcknowledgeCoordination', data: { taskId, ...body } }, context, expectedVersion);
  }

  @Post('contributions')
  @ApiReportCommand(
    'A coordinating agency reports its contribution (báo cáo phần phối hợp), with the files uploaded for it, judged on time against the deadline in force; the same reportId again records nothing',
    HttpStatus.CREATED,
  )
  @Authorize('task.report_contribution')
  async reportContribution(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, reportId, evidenceIds, ...body }: ReportContributionRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    const data = {
      taskId,
      reportId: reportId ?? derivedId(context, 'contribution'),
      ...body,
      evidence: await this.attachments.forReport(taskId, context.actor, evidenceIds),
    };
    return this.run({ type: 'ReportContribution', data }, context, expectedVersion);
  }

  @Post('periodic-reports')
  @ApiReportCommand(
    'Report on the period in hand of a recurring report (báo cáo định kỳ), with its files; judged on time or late, then the next period opens',
    HttpStatus.CREATED,
  )
  @Authorize('task.submit_periodic_report')
  async submitPeriodicReport(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, reportId, evidenceIds, ...body }: SubmitPeriodicReportRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    const data = {
      taskId,
      reportId: reportId ?? derivedId(context, 'periodic-report'),
      ...body,
      evidence: await this.attachments.forReport(taskId, context.actor, evidenceIds),
    };
    return this.run({ type: 'SubmitPeriodicReport', data }, context, expectedVersion);
  }

  @Post('extension-requests')
  @ApiTaskCommand('Ask for a later deadline (xin gia hạn)', HttpStatus.CREATED, ExtensionRequestedResponse)
  @Authorize('task.request_extension')
  async requestExtension(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, requestId, ...body }: RequestExtensionRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<ExtensionRequestedResponse> {
    const id = requestId ?? derivedId(context, 'extension-request');
    const written = await this.run(
      { type: 'RequestExtension', data: { taskId, requestId: id, ...body } },
      context,
      expectedVersion,
    );
    return { ...written, requestId: id };
  }

  @Post('extension-requests/:requestId/grant')
  @ApiTaskCommand(
    'Grant a pending extension request; the deadline moves',
    HttpStatus.OK,
    CommandAcceptedResponse,
    NO_SUCH_REQUEST,
  )
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
  @ApiTaskCommand(
    'Reject a pending extension request',
    HttpStatus.OK,
    CommandAcceptedResponse,
    NO_SUCH_REQUEST,
  )
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
  @ApiReportCommand(
    'The lead agency closes the task with its result (hoàn thành) and the files proving it',
    HttpStatus.OK,
  )
  @Authorize('task.complete')
  async complete(
    @Param('taskId') taskId: string,
    @Body() { expectedVersion: _, evidenceIds, ...body }: CompleteTaskRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ) {
    const evidence = await this.attachments.forReport(taskId, context.actor, evidenceIds);
    return this.run({ type: 'CompleteTask', data: { taskId, ...body, evidence } }, context, expectedVersion);
  }

  @Post('accept')
  @ApiTaskCommand('The standing office accepts a completed task')
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
  @ApiTaskCommand('The standing office returns a completed task; it is in progress again')
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
  @ApiTaskCommand('Give the task to another lead agency, which must acknowledge it')
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
  @ApiTaskCommand('Escalate an overdue task to the standing office, then the Steering Committee')
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
  @ApiTaskCommand('Cancel an open task')
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
  @ApiTaskCommand('Reopen an accepted or cancelled task')
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
