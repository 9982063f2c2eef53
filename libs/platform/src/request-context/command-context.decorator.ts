import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { v5 as uuidv5 } from 'uuid';
import type { CommandContext } from './command-context';
import { correlationIdOf } from './correlation-id';

const COMMAND_ID_NAMESPACE = '0b0a6a52-8f3e-4f55-9d8e-6e0f2a4c9b11';

/**
 * Injects the CommandContext of the current request. With an Idempotency-Key the command
 * id is derived from (actor, key), so a retry after a crash re-appends the same event ids
 * and the store turns it into a no-op.
 */
export const RequestCommandContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandContext => {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.actor) throw new Error('Command context requested on a route without an actor');
    const key = request.header('idempotency-key');
    const commandId = key ? uuidv5(`${request.actor.userId}\n${key}`, COMMAND_ID_NAMESPACE) : randomUUID();
    return {
      actor: request.actor,
      correlationId: correlationIdOf(request),
      commandId,
      causationId: commandId,
    };
  },
);
