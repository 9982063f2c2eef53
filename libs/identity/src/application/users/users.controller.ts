import { Body, Controller, Get, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ApiCommandOperation,
  ApiQueryOperation,
  Authorize,
  CommandAcceptedResponse,
  ExpectedVersion,
  queryScopeFor,
  RequestCommandContext,
  type CommandContext,
  type StreamWriteResult,
} from '@giaoviec/platform';
import { ASSIGNABLE_ROLES } from '../../domain';
import {
  ExecuteUserCommand,
  RegisterUserCommand,
  ResetPasswordCommand,
  type RegisteredUserResult,
} from './user.commands';
import { UserDirectoryReader } from './user-directory.reader';
import {
  ChangeUserRoleRequest,
  DeactivateUserRequest,
  MoveUserToAgencyRequest,
  ReactivateUserRequest,
  RegisterUserRequest,
  ResetPasswordRequest,
} from './user.requests';
import { UserRegisteredResponse, UserView } from './user.views';

const NO_SUCH_USER = 'No such user (`user.not_found`)';

/** A command on one account: versioned by the user's stream, a 404 for a user that does not exist. */
const ApiUserCommand = (summary: string) =>
  ApiCommandOperation({
    summary,
    status: HttpStatus.OK,
    answers: CommandAcceptedResponse,
    versioned: true,
    problems: { 404: NO_SUCH_USER },
  });

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly directory: UserDirectoryReader,
  ) {}

  @Authorize('user.register')
  @Post()
  @ApiCommandOperation({
    summary: 'Register a user in an agency, with a role and an initial password',
    status: HttpStatus.CREATED,
    answers: UserRegisteredResponse,
  })
  register(
    @Body() body: RegisterUserRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<RegisteredUserResult> {
    return this.commandBus.execute(new RegisterUserCommand({ ...body }, context));
  }

  @Authorize('user.read')
  @Get()
  @ApiQueryOperation({
    summary: 'The user accounts, sorted by display name',
    description:
      "Narrowed to the actor's own agency when the policy gives the actor's role only its own agency.",
    answers: [UserView],
  })
  @ApiQuery({ name: 'agencyId', required: false })
  @ApiQuery({ name: 'role', required: false, enum: ASSIGNABLE_ROLES })
  @ApiQuery({ name: 'includeDeactivated', required: false, type: Boolean })
  async list(
    @Req() request: Request,
    @Query('agencyId') agencyId?: string,
    @Query('role') role?: string,
    @Query('includeDeactivated') includeDeactivated?: string,
  ): Promise<UserView[]> {
    const scope = request.actor
      ? queryScopeFor('user.read', request.actor)
      : { all: false as const, agencyId: '' };
    const users = await this.directory.list();
    return users
      .filter(
        (user) =>
          (scope.all || user.agencyId === scope.agencyId) &&
          (agencyId ? user.agencyId === agencyId : true) &&
          (role ? user.role === role : true) &&
          (includeDeactivated === 'true' || user.active),
      )
      .sort(
        (a, b) => a.displayName.localeCompare(b.displayName, 'vi') || a.username.localeCompare(b.username),
      );
  }

  @Authorize('user.read')
  @Get(':userId')
  @ApiQueryOperation({
    summary: 'One user account, with the version to send back as If-Match',
    answers: UserView,
    problems: { 404: NO_SUCH_USER },
  })
  get(@Param('userId') userId: string): Promise<UserView> {
    return this.directory.get(userId);
  }

  @Authorize('user.change_role')
  @Post(':userId/role')
  @ApiUserCommand("Change a user's role (recorded with who changed it, and when)")
  changeRole(
    @Param('userId') userId: string,
    @Body() body: ChangeUserRoleRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ExecuteUserCommand(
        { type: 'ChangeUserRole', data: { userId, newRole: body.role } },
        context,
        expectedVersion,
      ),
    );
  }

  @Authorize('user.move_agency')
  @Post(':userId/agency')
  @ApiUserCommand('Move a user to another agency')
  moveToAgency(
    @Param('userId') userId: string,
    @Body() body: MoveUserToAgencyRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ExecuteUserCommand(
        { type: 'MoveUserToAgency', data: { userId, newAgencyId: body.agencyId } },
        context,
        expectedVersion,
      ),
    );
  }

  @Authorize('user.deactivate')
  @Post(':userId/deactivate')
  @ApiUserCommand('Deactivate an account: no more logins, every session ended')
  deactivate(
    @Param('userId') userId: string,
    @Body() body: DeactivateUserRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ExecuteUserCommand(
        { type: 'DeactivateUser', data: { userId, reason: body.reason } },
        context,
        expectedVersion,
      ),
    );
  }

  @Authorize('user.reactivate')
  @Post(':userId/reactivate')
  @ApiUserCommand('Reactivate a deactivated account')
  reactivate(
    @Param('userId') userId: string,
    @Body() _body: ReactivateUserRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ExecuteUserCommand({ type: 'ReactivateUser', data: { userId } }, context, expectedVersion),
    );
  }

  @Authorize('user.reset_password')
  @Post(':userId/password')
  @ApiUserCommand("Reset a user's password (ends a lock-out and every session of the user)")
  resetPassword(
    @Param('userId') userId: string,
    @Body() body: ResetPasswordRequest,
    @ExpectedVersion() expectedVersion: number | undefined,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ResetPasswordCommand(userId, body.newPassword, context, expectedVersion),
    );
  }
}
