import { ExecutionContext, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { authProblem } from './auth-problems';

/** Name of the throttler the identity module configures: `auth.loginRateLimitPerMinute` per client address. */
export const AUTH_THROTTLER = 'auth';

/**
 * Rate limit of the authentication routes only (not a global guard), answering with a
 * 429 problem like every other error. The client is `request.ip`: behind a reverse proxy,
 * Express's `trust proxy` must be set or every client looks like the proxy.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    // The guard names its headers after the throttler (Retry-After-auth); clients know Retry-After.
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(detail.timeToBlockExpire));
    throw authProblem(
      'auth.rate_limited',
      `Too many attempts from this address; try again in ${detail.timeToBlockExpire} seconds.`,
      { retryAfterSeconds: detail.timeToBlockExpire },
    );
  }
}
