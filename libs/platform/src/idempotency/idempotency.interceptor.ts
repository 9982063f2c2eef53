import {
  CallHandler,
  ConflictException,
  ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { Request, Response } from 'express';
import { Observable, catchError, from, mergeMap, of, throwError } from 'rxjs';
import { invalidField } from '../http/client-problems';
import { toProblem } from '../http/problem';
import { IdempotencyStore } from './idempotency-store';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const ACCEPTABLE_KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * With an Idempotency-Key, a command runs once per (sender, key): a retry gets the first
 * answer (marked Idempotent-Replayed) and appends nothing. The same key with a different
 * request is refused. Our own 5xx failures are not remembered, so the client may retry.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly hashKey: string;

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.hashKey = `idempotency\n${config.auth.jwtSecret}`;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const key = request.header(IDEMPOTENCY_KEY_HEADER);
    if (key === undefined || request.method === 'GET' || !request.actor) return next.handle();
    if (!ACCEPTABLE_KEY.test(key)) {
      throw invalidField(
        'Idempotency-Key',
        'idempotencyKey',
        'must be 8-200 characters: letters, digits, . _ : -',
        'Idempotency-Key must be 8 to 200 characters of letters, digits, ".", "_", ":" or "-" (a UUID is ideal)',
      );
    }
    const scope = request.actor.userId;
    // Keyed, because bodies may hold passwords: a leaked table must not allow guessing them offline.
    const requestHash = createHmac('sha256', this.hashKey)
      .update(`${request.method} ${request.originalUrl}\n`)
      // A file upload's body is its bytes, hashed as they are (as JSON they would be an array of numbers).
      .update(Buffer.isBuffer(request.body) ? request.body : JSON.stringify(request.body ?? null))
      .digest('hex');

    return from(this.store.claim(scope, key, requestHash)).pipe(
      mergeMap((claim) => {
        switch (claim.outcome) {
          case 'different_request':
            throw new UnprocessableEntityException({
              type: 'urn:giaoviec:problem:idempotency.key_reused',
              title: 'Rule violated',
              status: 422,
              rule: 'idempotency.key_reused',
              detail:
                'This Idempotency-Key was already used for a different request. Use a new key for a new command.',
            });
          case 'in_progress':
            response.setHeader('Retry-After', '1');
            throw new ConflictException({
              type: 'urn:giaoviec:problem:idempotency.in_progress',
              title: 'Conflict with the current state',
              status: 409,
              rule: 'idempotency.in_progress',
              detail: 'A request with this Idempotency-Key is still being processed. Retry in a moment.',
            });
          case 'completed':
            response.setHeader('Idempotent-Replayed', 'true');
            // Success codes are fixed per route, so only a remembered failure needs its status restored.
            if (claim.statusCode >= 400) throw new HttpException(claim.body as object, claim.statusCode);
            return of(markedReplayed(claim.body));
          case 'claimed':
            return next.handle().pipe(
              mergeMap((body) =>
                from(this.store.complete(scope, key, response.statusCode, body)).pipe(
                  mergeMap(() => of(body)),
                ),
              ),
              catchError((error: unknown) => {
                const problem = toProblem(error);
                const remember =
                  problem.status < 500
                    ? this.store.complete(scope, key, problem.status, problem)
                    : this.store.release(scope, key);
                return from(remember).pipe(mergeMap(() => throwError(() => error)));
              }),
            );
        }
      }),
    );
  }
}

/** A command's answer says whether it was a replay (`replayed`); the remembered one said false. */
function markedReplayed(body: unknown): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && 'replayed' in body
    ? { ...body, replayed: true }
    : body;
}
