import { Body, Controller, Get, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { notFound } from '@giaoviec/kernel';
import {
  ApiCommandOperation,
  ApiQueryOperation,
  Authorize,
  CommandAcceptedResponse,
  EventSourcedExecutor,
  ExpectedVersion,
  RequestCommandContext,
  type CommandContext,
  type StreamWriteResult,
} from '@giaoviec/platform';
import {
  AGENCY_KINDS,
  agencyDecider,
  agencyDirectoryEntry,
  agencyStreamId,
  type AgencyKind,
} from '../domain';
import { AgencyDirectoryReader } from './agency-directory.reader';
import { ExecuteAgencyCommand } from './execute-agency-command';
import { RegisterAgencyRequest } from './register-agency/register-agency.request';
import { RenameAgencyRequest } from './rename-agency/rename-agency.request';
import { RetireAgencyRequest } from './retire-agency/retire-agency.request';
import { AgencyView, VersionedAgencyView } from './responses/agency.view';

const NO_SUCH_AGENCY = 'No such agency (`agency.not_found`)';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly directory: AgencyDirectoryReader,
    private readonly executor: EventSourcedExecutor,
  ) {}

  @Post()
  @Authorize('agency.register')
  @ApiCommandOperation({
    summary: 'Register a department, commune or other unit',
    status: HttpStatus.CREATED,
    answers: CommandAcceptedResponse,
  })
  register(
    @Body() body: RegisterAgencyRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ExecuteAgencyCommand({ type: 'RegisterAgency', data: { ...body } }, context),
    );
  }

  @Get()
  @Authorize('agency.read')
  @ApiQueryOperation({ summary: 'The agencies, sorted by name', answers: [AgencyView] })
  @ApiQuery({ name: 'kind', required: false, enum: AGENCY_KINDS })
  @ApiQuery({ name: 'includeRetired', required: false, type: Boolean })
  async list(
    @Query('kind') kind?: AgencyKind,
    @Query('includeRetired') includeRetired?: string,
  ): Promise<AgencyView[]> {
    const directory = await this.directory.current();
    return Object.values(directory)
      .filter(
        (agency) => (kind ? agency.kind === kind : true) && (includeRetired === 'true' || agency.active),
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.agencyId.localeCompare(b.agencyId));
  }

  @Get(':agencyId')
  @Authorize('agency.read')
  @ApiQueryOperation({
    summary: 'One agency, with the version to send back as If-Match',
    answers: VersionedAgencyView,
    problems: { 404: NO_SUCH_AGENCY },
  })
  async get(@Param('agencyId') agencyId: string): Promise<VersionedAgencyView> {
    const { state, version } = await this.executor.load(agencyStreamId(agencyId), agencyDecider);
    const entry = agencyDirectoryEntry(state);
    if (!entry) throw notFound('agency.not_found', `Agency ${agencyId} is not registered.`, { agencyId });
    return { ...entry, version };
  }

  @Post(':agencyId/rename')
  @Authorize('agency.rename')
  @ApiCommandOperation({
    summary: 'Rename an agency (the previous name stays in its history)',
    status: HttpStatus.OK,
    answers: CommandAcceptedResponse,
    versioned: true,
    problems: { 404: NO_SUCH_AGENCY },
  })
  rename(
    @Param('agencyId') agencyId: string,
    @Body() { expectedVersion: _, ...body }: RenameAgencyRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ExecuteAgencyCommand(
        { type: 'RenameAgency', data: { agencyId, ...body } },
        context,
        expectedVersion,
      ),
    );
  }

  @Post(':agencyId/retire')
  @Authorize('agency.retire')
  @ApiCommandOperation({
    summary: 'Retire an agency that no longer exists',
    status: HttpStatus.OK,
    answers: CommandAcceptedResponse,
    versioned: true,
    problems: { 404: NO_SUCH_AGENCY },
  })
  retire(
    @Param('agencyId') agencyId: string,
    @Body() { expectedVersion: _, ...body }: RetireAgencyRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ExecuteAgencyCommand(
        { type: 'RetireAgency', data: { agencyId, ...body } },
        context,
        expectedVersion,
      ),
    );
  }
}
