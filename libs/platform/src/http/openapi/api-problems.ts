import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath, type ApiResponseOptions } from '@nestjs/swagger';
import { ProblemDocument } from './problem-document.response';

/** The response headers of an answer, as @nestjs/swagger takes them. */
export type HeadersObject = NonNullable<Extract<ApiResponseOptions, { headers?: unknown }>['headers']>;

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;
/** Problem answers of an operation, each with when it happens. */
export type ProblemAnswers = Partial<Record<ProblemStatus, string>>;

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const problemHeaders = (status: ProblemStatus): HeadersObject => ({
  'Content-Language': {
    description: '`vi` when the problem is worded in Vietnamese (Accept-Language: vi)',
    schema: { type: 'string' },
  },
  ...(status === 409
    ? {
        ETag: {
          description: 'A stale version: the current version, to re-read and retry with as If-Match',
          schema: { type: 'string', example: '"4"' },
        },
      }
    : {}),
  ...(status === 409 || status === 429 || status === 503
    ? { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } }
    : {}),
});

/** Problem answers (RFC 9457 problem documents), each described by when it happens. */
export function ApiProblems(problems: ProblemAnswers): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDocument),
    ...Object.entries(problems).map(([status, description]) =>
      ApiResponse({
        status: Number(status),
        description,
        headers: problemHeaders(Number(status) as ProblemStatus),
        content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemDocument) } } },
      }),
    ),
  );
}
