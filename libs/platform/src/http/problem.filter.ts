import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { toProblem } from './problem';

/** Every error leaves the API as application/problem+json; only our own faults are 5xx and logged as errors. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblem(error);
    if (problem.status >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (typeof problem.currentVersion === 'number') response.setHeader('ETag', `"${problem.currentVersion}"`);
    response.status(problem.status).type('application/problem+json').send(problem);
  }
}
