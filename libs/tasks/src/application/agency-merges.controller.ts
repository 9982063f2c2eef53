import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorize, RequestCommandContext, type CommandContext } from '@giaoviec/platform';
import { MergeAgenciesCommand, type MergeOutcome } from './merge-agencies.handler';
import { MergeAgenciesRequest } from './requests/merge-agencies.request';

@ApiTags('agencies')
@Controller('agencies/merges')
export class AgencyMergesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Merge agencies into a surviving one; their open tasks move to it' })
  @ApiCreatedResponse({ description: 'The agency streams written and the tasks reassigned' })
  @Authorize('agency.merge')
  merge(
    @Body() body: MergeAgenciesRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<MergeOutcome> {
    return this.commandBus.execute(new MergeAgenciesCommand({ ...body }, context));
  }
}
