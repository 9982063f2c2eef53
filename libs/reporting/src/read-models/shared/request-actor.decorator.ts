import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '@giaoviec/kernel';

/** The authenticated actor of the request (set by the ActorGuard from the bearer token). */
export const RequestActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<Request>().actor;
  if (!actor) throw new UnauthorizedException('No actor on this request');
  return actor;
});
