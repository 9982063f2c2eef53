import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiQueryOperation,
  Authorize,
  EventSourcedExecutor,
  RequestCommandContext,
  type CommandContext,
} from '@giaoviec/platform';
import { userDecider, userStreamId, userViolation } from '../../domain';
import { agencyNameOf } from '../users/agency-check';
import { CurrentUserResponse } from './auth.responses';

/**
 * GET /auth/me, apart from the login routes so it is not under their rate limit: the web
 * application asks it on every load.
 */
@ApiTags('auth')
@Controller('auth')
export class CurrentUserController {
  constructor(private readonly executor: EventSourcedExecutor) {}

  @Get('me')
  @ApiQueryOperation({
    summary: 'Who the bearer of the access token is: name, username, role and agency (with its name)',
    description: "From the user's and the agency's own streams, so exact at once after a change.",
    answers: CurrentUserResponse,
    problems: { 404: 'The token names no registered user (`user.not_found`)' },
  })
  @Authorize('user.read_self')
  async me(@RequestCommandContext() context: CommandContext): Promise<CurrentUserResponse> {
    const { userId } = context.actor;
    const { state } = await this.executor.load(userStreamId(userId), userDecider);
    if (state.status === 'unregistered') {
      throw userViolation('user.not_found', `User ${userId} does not exist.`, { userId });
    }
    return {
      userId: state.userId,
      displayName: state.displayName,
      username: state.username,
      role: state.role,
      agencyId: state.agencyId,
      agencyName: await agencyNameOf(this.executor, state.agencyId),
    };
  }
}
