import { Body, Controller, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiCommandOperation,
  Authorize,
  invalidField,
  RequestCommandContext,
  type CommandContext,
} from '@giaoviec/platform';
import { AssignTaskRequest } from './requests/assign-task.request';
import { AssignedTasksResponse } from './responses/assigned-tasks.response';
import { AssignTaskCommand, type AssignedTasks, type AssignmentTarget } from './task.commands';

@ApiTags('tasks')
@Controller('plans/:planId/tasks')
export class PlanTasksController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommandOperation({
    summary:
      'Assign a task of the plan to a lead agency, or to every active commune (one task each, as a group)',
    status: HttpStatus.CREATED,
    answers: AssignedTasksResponse,
    answerDescription: 'The task (or the tasks of the group) with their stream versions; ETag when one task',
    problems: { 404: 'No such plan (`plan.not_found`)' },
  })
  @Authorize('task.assign')
  assign(
    @Param('planId') planId: string,
    @Body()
    { leadAgencyId, allCommunes, code, recurrence, dueDate, dueInWorkingDays, ...rest }: AssignTaskRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<AssignedTasks> {
    if (allCommunes === true && leadAgencyId !== undefined) {
      throw invalidField(
        'leadAgencyId',
        'absentWithAllCommunes',
        'must be absent when allCommunes is true',
        'Send either leadAgencyId or allCommunes: true, not both',
      );
    }
    if (dueInWorkingDays !== undefined && (dueDate !== undefined || recurrence !== undefined)) {
      throw invalidField(
        'dueInWorkingDays',
        'absentWithDueDate',
        'must be absent with dueDate or recurrence',
        'Give the deadline either as dueDate or as dueInWorkingDays, not both',
      );
    }
    const target: AssignmentTarget =
      allCommunes === true ? { allCommunes: true } : { leadAgencyId: leadAgencyId as string };
    return this.commandBus.execute(
      new AssignTaskCommand(
        planId,
        {
          ...rest,
          code: code ?? null,
          dueDate: dueDate ?? null,
          ...(dueInWorkingDays !== undefined ? { dueInWorkingDays } : {}),
          recurrence: recurrence ? { ...recurrence } : null,
        },
        target,
        context,
      ),
    );
  }
}
