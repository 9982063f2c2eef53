import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ACTOR_RESOLVER, type ActorResolver } from './actor-resolver';
import { PUBLIC_ROUTE } from './public-route.decorator';

/** Establishes the actor of every non-public request, or answers 401. */
@Injectable()
export class ActorGuard implements CanActivate {
  constructor(
    @Inject(ACTOR_RESOLVER) private readonly resolver: ActorResolver,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<Request>();
    const result = await this.resolver.resolve({ header: (name) => request.header(name) });
    if ('unauthenticated' in result) throw new UnauthorizedException(result.unauthenticated);
    request.actor = result;
    return true;
  }
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: import('@giaoviec/kernel').Actor;
  }
}
