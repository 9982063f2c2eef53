import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventSourcedExecutor, type StreamWriteResult } from '@giaoviec/platform';
import { taskDecider, taskStreamId } from '../domain';
import { ExecuteTaskCommand } from './task.commands';

@CommandHandler(ExecuteTaskCommand)
export class ExecuteTaskCommandHandler implements ICommandHandler<ExecuteTaskCommand> {
  constructor(private readonly executor: EventSourcedExecutor) {}

  execute({ command, context, expectedVersion }: ExecuteTaskCommand): Promise<StreamWriteResult> {
    return this.executor.execute({
      streamId: taskStreamId(command.data.taskId),
      decider: taskDecider,
      command,
      context,
      expectedVersion,
    });
  }
}
