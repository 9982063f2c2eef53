import { Command } from '@nestjs/cqrs';
import type { CommandContext, StreamWriteResult } from '@giaoviec/platform';
import type { AgencyStreamCommand } from '../domain';

/** Runs one command against one agency's stream. */
export class ExecuteAgencyCommand extends Command<StreamWriteResult> {
  constructor(
    readonly command: AgencyStreamCommand,
    readonly context: CommandContext,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
