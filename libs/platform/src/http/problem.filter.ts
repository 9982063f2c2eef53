import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toProblem } from './problem';
import { prefersVietnamese, problemInVietnamese } from './vietnamese/problem.vi';

/**
 * Every error leaves the API as application/problem+json; only our own faults are 5xx and
 * logged as errors. In Vietnamese when the request prefers it (Accept-Language: vi).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const problem = toProblem(error);
    if (problem.status >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (typeof problem.currentVersion === 'number') response.setHeader('ETag', `"${problem.currentVersion}"`);
    // A problem that says when to ask again says it in the header clients and proxies know too.
    if (typeof problem.retryAfterSeconds === 'number' && !response.getHeader('Retry-After'))
      response.setHeader('Retry-After', String(problem.retryAfterSeconds));
    response.vary('Accept-Language');
    const vietnamese = typeof request?.acceptsLanguages === 'function' && prefersVietnamese(request);
    if (vietnamese) response.setHeader('Content-Language', 'vi');
    response
      .status(problem.status)
      .type('application/problem+json')
      .send(vietnamese ? problemInVietnamese(problem) : problem);
  }
}
