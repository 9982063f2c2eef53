import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventSourcedExecutor, type StreamWriteResult } from '@giaoviec/platform';
import { agencyDecider, agencyStreamId } from '../domain';
import { ExecuteAgencyCommand } from './execute-agency-command';

@CommandHandler(ExecuteAgencyCommand)
export class ExecuteAgencyCommandHandler implements ICommandHandler<ExecuteAgencyCommand> {
  constructor(private readonly executor: EventSourcedExecutor) {}

  execute({ command, context, expectedVersion }: ExecuteAgencyCommand): Promise<StreamWriteResult> {
    return this.executor.execute({
      streamId: agencyStreamId(command.data.agencyId),
      decider: agencyDecider,
      command,
      context,
      expectedVersion,
    });
  }
}
