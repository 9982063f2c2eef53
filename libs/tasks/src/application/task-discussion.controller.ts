import { Body, Controller, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiCommandOperation,
  Authorize,
  CommandAcceptedResponse,
  derivedId,
  RequestCommandContext,
  type CommandContext,
  type StreamWriteResult,
} from '@giaoviec/platform';
import { DiscussionEntryRequest } from './requests/task-action.requests';
import { ExecuteTaskCommand } from './task.commands';

const ApiDiscussionCommand = (summary: string, description: string) =>
  ApiCommandOperation({
    summary,
    description,
    status: HttpStatus.CREATED,
    answers: CommandAcceptedResponse,
    problems: {
      404: 'No such task (`task.not_found`)',
      409: 'The task is closed (`task.closed`), or the author may not write this (`discussion.not_allowed`)',
      422: 'The text is blank or too long (`discussion.text_required`, `discussion.text_too_long`)',
    },
  });

/**
 * Ý kiến chỉ đạo and trao đổi: texts on the task's stream, shown in its timeline and the
 * audit trail with the author's name. Neither changes the task; neither takes a version.
 */
@ApiTags('tasks')
@Controller('tasks/:taskId')
export class TaskDiscussionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('directions')
  @ApiDiscussionCommand(
    'Give a direction on the task (ý kiến chỉ đạo): the standing office or leadership',
    'The lead agency is notified (GET /notifications).',
  )
  @Authorize('task.give_direction')
  giveDirection(
    @Param('taskId') taskId: string,
    @Body() { text }: DiscussionEntryRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    const data = { taskId, directionId: derivedId(context, 'direction'), text };
    return this.commandBus.execute(new ExecuteTaskCommand({ type: 'GiveDirection', data }, context));
  }

  @Post('comments')
  @ApiDiscussionCommand(
    'Comment on the task (trao đổi): its lead and coordinating agencies, the standing office, leadership',
    'A remark for everyone following the task; it changes nothing of the task.',
  )
  @Authorize('task.comment')
  comment(
    @Param('taskId') taskId: string,
    @Body() { text }: DiscussionEntryRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    const data = { taskId, commentId: derivedId(context, 'comment'), text };
    return this.commandBus.execute(new ExecuteTaskCommand({ type: 'CommentOnTask', data }, context));
  }
}
