import { Body, Controller, HttpCode, HttpStatus, Post, Req, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import {
  Authorize,
  CommandAcceptedResponse,
  PublicRoute,
  RequestCommandContext,
  type CommandContext,
  type StreamWriteResult,
} from '@giaoviec/platform';
import { ChangeOwnPasswordCommand } from '../users/user.commands';
import { AuthThrottlerGuard } from './auth-throttler.guard';
import { ChangeOwnPasswordRequest, LoginRequest, RefreshTokenRequest } from './auth.requests';
import { TokenResponse } from './auth.responses';
import { AuthService } from './auth.service';

/** Every route here is rate limited per client address (`LOGIN_RATE_LIMIT_PER_MINUTE`). */
@ApiTags('auth')
@Controller('auth')
@UseGuards(AuthThrottlerGuard)
@ApiTooManyRequestsResponse({
  description: 'Rate limit of the client address exceeded (problem `auth.rate_limited`)',
})
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly commandBus: CommandBus,
  ) {}

  @Post('login')
  @PublicRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Log in with a username and password',
    description:
      'Every failure — unknown user, wrong password, locked or deactivated account — is the same 401 ' +
      '`auth.invalid_credentials`. After LOGIN_MAX_FAILED_ATTEMPTS wrong passwords in a row the account is ' +
      'locked for LOGIN_LOCKOUT_MINUTES; an administrator ends a lock by resetting the password.',
  })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({ description: 'auth.invalid_credentials' })
  login(@Body() body: LoginRequest, @Req() request: Request): Promise<TokenResponse> {
    // The correlation id nestjs-pino gave the request, carried into a UserLockedOut it may cause.
    const correlationId =
      typeof (request as { id?: unknown }).id === 'string' ? String(request.id) : undefined;
    return this.auth.login(body.username, body.password, correlationId);
  }

  @Post('refresh')
  @PublicRoute()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a refresh token for new tokens (the refresh token is rotated)',
    description: 'Presenting a refresh token a second time revokes every token of its session.',
  })
  @ApiOkResponse({ type: TokenResponse })
  @ApiUnauthorizedResponse({
    description: 'auth.refresh_token_invalid, auth.refresh_token_expired or auth.refresh_token_reused',
  })
  refresh(@Body() body: RefreshTokenRequest): Promise<TokenResponse> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @PublicRoute()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End the session of a refresh token (every token of its family is revoked)' })
  @ApiNoContentResponse()
  async logout(@Body() body: RefreshTokenRequest): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Authorize('user.change_own_password')
  @Post('password')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Change your own password, giving the current one',
    description: 'Ends every session of the user, this one included: log in again with the new password.',
  })
  @ApiOkResponse({ type: CommandAcceptedResponse })
  changeOwnPassword(
    @Body() body: ChangeOwnPasswordRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ChangeOwnPasswordCommand(body.currentPassword, body.newPassword, context),
    );
  }
}
