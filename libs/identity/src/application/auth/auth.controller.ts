import { Body, Controller, HttpStatus, Post, Req, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ApiCommandOperation,
  ApiProblems,
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
@ApiProblems({ 429: 'Rate limit of the client address exceeded (`auth.rate_limited`, Retry-After)' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly commandBus: CommandBus,
  ) {}

  @Post('login')
  @PublicRoute()
  @ApiCommandOperation({
    summary: 'Log in with a username and password',
    description:
      'Every failure — unknown user, wrong password, locked or deactivated account — is the same 401 ' +
      '`auth.invalid_credentials`. After LOGIN_MAX_FAILED_ATTEMPTS wrong passwords in a row the account is ' +
      'locked for LOGIN_LOCKOUT_MINUTES; an administrator ends a lock by resetting the password.',
    status: HttpStatus.OK,
    answers: TokenResponse,
    anonymous: true,
    etag: false,
    problems: {
      401: 'Wrong username or password, or a locked or deactivated account (`auth.invalid_credentials`)',
    },
  })
  login(@Body() body: LoginRequest, @Req() request: Request): Promise<TokenResponse> {
    // The correlation id nestjs-pino gave the request, carried into a UserLockedOut it may cause.
    const correlationId =
      typeof (request as { id?: unknown }).id === 'string' ? String(request.id) : undefined;
    return this.auth.login(body.username, body.password, correlationId);
  }

  @Post('refresh')
  @PublicRoute()
  @ApiCommandOperation({
    summary: 'Exchange a refresh token for new tokens (the refresh token is rotated)',
    description: 'Presenting a refresh token a second time revokes every token of its session.',
    status: HttpStatus.OK,
    answers: TokenResponse,
    anonymous: true,
    etag: false,
    problems: {
      401: 'The refresh token is unknown, expired or used before (`auth.refresh_token_invalid`, `auth.refresh_token_expired`, `auth.refresh_token_reused`)',
    },
  })
  refresh(@Body() body: RefreshTokenRequest): Promise<TokenResponse> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @PublicRoute()
  @ApiCommandOperation({
    summary: 'End the session of a refresh token (every token of its family is revoked)',
    description: 'An unknown or already revoked refresh token is also a 204: there is nothing left to end.',
    status: HttpStatus.NO_CONTENT,
    anonymous: true,
  })
  async logout(@Body() body: RefreshTokenRequest): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Authorize('user.change_own_password')
  @Post('password')
  @ApiCommandOperation({
    summary: 'Change your own password, giving the current one',
    description: 'Ends every session of the user, this one included: log in again with the new password.',
    status: HttpStatus.OK,
    answers: CommandAcceptedResponse,
    problems: {
      403: 'The current password is wrong (`auth.current_password_wrong`), or the account is locked after repeated failures (`auth.account_locked`, with `lockedUntil`)',
      404: 'The token names a user without a password (`user.not_found`)',
    },
  })
  changeOwnPassword(
    @Body() body: ChangeOwnPasswordRequest,
    @RequestCommandContext() context: CommandContext,
  ): Promise<StreamWriteResult> {
    return this.commandBus.execute(
      new ChangeOwnPasswordCommand(body.currentPassword, body.newPassword, context),
    );
  }
}
