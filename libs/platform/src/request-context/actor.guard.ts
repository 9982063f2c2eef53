import { ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import type { Actor } from '@giaoviec/kernel';
import { ACCESS_TOKEN_STRATEGY, TokenRefused } from '../auth/access-token.strategy';
import { PUBLIC_ROUTE } from './public-route.decorator';

/**
 * Establishes the actor of every non-public request from its verified bearer token, or
 * answers 401 saying why. This is the only place a request's identity comes from.
 */
@Injectable()
export class ActorGuard extends AuthGuard(ACCESS_TOKEN_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]))
      return true;
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<Request & { user?: Actor }>();
    request.actor = request.user;
    return true;
  }

  override handleRequest<TUser = Actor>(error: unknown, user: TUser | false, info: unknown): TUser {
    if (user) return user;
    const [reason, detail] = reasonOf(error ?? info);
    throw new UnauthorizedException({
      type: 'urn:giaoviec:problem:auth.unauthenticated',
      title: 'Not authenticated',
      status: 401,
      rule: 'auth.unauthenticated',
      reason,
      detail,
    });
  }
}

/** Why no actor: no token sent, a token past its lifetime, or one refused for another reason. */
export type UnauthenticatedReason = 'missing_token' | 'expired' | 'invalid';

const SEND_A_TOKEN = 'Send an access token: Authorization: Bearer <token> (get one from POST /auth/login)';

function reasonOf(cause: unknown): [UnauthenticatedReason, string] {
  if (cause instanceof TokenRefused) return [cause.reason, cause.message];
  if (cause instanceof Error) {
    if (cause.message === 'No auth token') return ['missing_token', SEND_A_TOKEN];
    if (cause.name === 'TokenExpiredError')
      return ['expired', 'The access token has expired; log in again or refresh it'];
    return ['invalid', `The access token was refused: ${cause.message}`];
  }
  return ['missing_token', SEND_A_TOKEN];
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
  }
}
