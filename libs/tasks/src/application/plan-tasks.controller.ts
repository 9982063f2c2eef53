import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorize, invalidField, RequestCommandContext, type CommandContext } from '@giaoviec/platform';
import { AssignTaskRequest } from './requests/assign-task.request';
import { AssignTaskCommand, type AssignedTasks, type AssignmentTarget } from './task.commands';

@ApiTags('tasks')
@Controller('plans/:planId/tasks')
export class PlanTasksController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({
    summary:
      'Assign a task of the plan to a lead agency, or to every active commune (one task each, as a group)',
  })
  @ApiCreatedResponse({ description: 'The task (or the tasks of the group) with their stream versions' })
  @Authorize('task.assign')
  assign(
    @Param('planId') planId: string,
    @Body() { leadAgencyId, allCommunes, code, recurrence, dueDate, ...rest }: AssignTaskRequest,
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
    const target: AssignmentTarget =
      allCommunes === true ? { allCommunes: true } : { leadAgencyId: leadAgencyId as string };
    return this.commandBus.execute(
      new AssignTaskCommand(
        planId,
        {
          ...rest,
          code: code ?? null,
          dueDate: dueDate ?? null,
          recurrence: recurrence ? { ...recurrence } : null,
        },
        target,
        context,
      ),
    );
  }
}
