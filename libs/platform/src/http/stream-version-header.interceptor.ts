import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { Observable, tap } from 'rxjs';

/**
 * Answers that carry a stream version also send it as ETag, ready to be sent back as
 * If-Match; so does an assignment that created one task. Several streams: no ETag.
 */
@Injectable()
export class StreamVersionHeaderInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap((body) => {
        const answer = body as { version?: unknown; tasks?: Array<{ version?: unknown }> } | undefined;
        const version =
          answer?.version ??
          (Array.isArray(answer?.tasks) && answer.tasks.length === 1 ? answer.tasks[0].version : undefined);
        if (typeof version === 'number' && !response.headersSent) response.setHeader('ETag', `"${version}"`);
      }),
    );
  }
}
