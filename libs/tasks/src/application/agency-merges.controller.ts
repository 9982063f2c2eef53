import { Body, Controller, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiCommandOperation,
  Authorize,
  RequestCommandContext,
  type CommandContext,
} from '@giaoviec/platform';
import { MergeAgenciesCommand, type MergeOutcome } from './merge-agencies.handler';
import { MergeAgenciesRequest } from './requests/merge-agencies.request';
import { AgenciesMergedResponse } from './responses/agencies-merged.response';

@ApiTags('agencies')
@Controller('agencies/merges')
export class AgencyMergesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiCommandOperation({
    summary: 'Merge agencies into a surviving one; their open tasks move to it',
    status: HttpStatus.CREATED,
    answers: AgenciesMergedResponse,
    answerDescription: 'The agency streams written and the tasks reassigned',
    // Several streams: no one version to send back, hence no ETag.
    etag: false,
    problems: { 404: 'An agency named is not registered (`agency.not_found`)' },
  })
  @Authorize('agency.merge')
  merge(
    @Body() body: MergeAgenciesRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<MergeOutcome> {
    return this.commandBus.execute(new MergeAgenciesCommand({ ...body }, context));
  }
}
