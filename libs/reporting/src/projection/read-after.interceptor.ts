import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { isLocalDate, localDateAt, type Clock } from '@giaoviec/kernel';
import { ApiProblems, CLOCK } from '@giaoviec/platform';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { READ_MODEL_STORE, type ReadModelStore } from './read-model-store';
import { READ_MODELS_RETRY_AFTER_SECONDS, ReadModelsBehind } from './read-models-behind.error';

export const READ_AFTER_HEADER = 'X-Read-After';
export const READ_AFTER_QUERY = 'readAfter';
export const READ_MODEL_POSITION_HEADER = 'X-Read-Model-Position';

/**
 * Read-your-writes for a read route: when the request names a position (header
 * `X-Read-After` or query `readAfter`, the `position` a command answered with), the answer
 * waits until the read models have reached it (bounded; then 503 with Retry-After). Every
 * answer carries `X-Read-Model-Position`: the rows reflect at least every event up to it.
 * An answer as of a past day (`?asOf=`) neither waits nor carries it: its rows stopped at
 * that day, whatever the live read models reached since.
 */
@Injectable()
export class ReadAfterInterceptor implements NestInterceptor {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const asOf = lastQueryValue(request, 'asOf');
    if (asOf !== undefined && isLocalDate(asOf) && asOf < localDateAt(this.clock.now())) return next.handle();
    const requested = requestedPosition(request);
    if (requested !== undefined) {
      try {
        await this.readModels.waitFor(requested);
      } catch (error) {
        if (error instanceof ReadModelsBehind) {
          response.setHeader('Retry-After', String(READ_MODELS_RETRY_AFTER_SECONDS));
        }
        throw error;
      }
    }
    // Read before the query runs: the live generation only moves forward (a switch too).
    const position = await this.readModels.position();
    response.setHeader(READ_MODEL_POSITION_HEADER, position ?? '');
    return next.handle();
  }
}

function requestedPosition(request: Request): string | undefined {
  const header = request.header(READ_AFTER_HEADER);
  if (header !== undefined && header.trim() !== '') return header.trim();
  return lastQueryValue(request, READ_AFTER_QUERY);
}

function lastQueryValue(request: Request, name: string): string | undefined {
  const query = (request.query as Record<string, unknown> | undefined)?.[name];
  const value = Array.isArray(query) ? query[query.length - 1] : query;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Marks a read route as answering from the read models: waits for `X-Read-After` /
 * `?readAfter=` and sends `X-Read-Model-Position`. The route's query DTO must allow an
 * optional `readAfter` (the ValidationPipe refuses unknown fields).
 */
export const ReadModelQuery = () =>
  applyDecorators(
    UseInterceptors(ReadAfterInterceptor),
    ApiHeader({
      name: READ_AFTER_HEADER,
      required: false,
      schema: { type: 'string', example: '1234' },
      description:
        'Wait (up to 5 s) until the read models reflect this position, the "position" a command answered with. Same as the readAfter query parameter.',
    }),
    ApiProblems({
      503: 'The read models did not reach X-Read-After in time (`read_models.behind`, Retry-After)',
    }),
  );
