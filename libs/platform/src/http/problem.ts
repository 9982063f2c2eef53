import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainRuleViolation } from '@giaoviec/kernel';
import { IdempotencyConflictError, WrongExpectedVersionError } from '@giaoviec/event-store';

/** A field of a refused request and what is wrong with it; `codes` name the checks that failed, one per message. */
export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
  readonly codes?: readonly string[];
}

/** An RFC 9457 problem document: what every error answer of the API looks like. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** A stable code a client can branch on, e.g. `task.already_acknowledged`. */
  readonly rule?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

const problemType = (code: string) => `urn:giaoviec:problem:${code}`;

/** Maps anything a handler can throw to the problem a client should see. Unknown errors are 500s. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainRuleViolation) {
    const status =
      error.kind === 'not_found'
        ? HttpStatus.NOT_FOUND
        : error.kind === 'unprocessable'
          ? HttpStatus.UNPROCESSABLE_ENTITY
          : HttpStatus.CONFLICT;
    // Details first: the problem's own members (status, type...) must win over a detail of the same name.
    return {
      ...error.details,
      type: problemType(error.rule),
      title: titles[status] ?? 'Rule violated',
      status,
      detail: error.message,
      rule: error.rule,
    };
  }
  if (error instanceof WrongExpectedVersionError) {
    return {
      type: problemType('stream.wrong_expected_version'),
      title: 'Stale version',
      status: HttpStatus.CONFLICT,
      detail: `The resource changed since version ${error.expectedVersion}; it is now at version ${error.actualVersion}. Re-read it and retry with If-Match: "${error.actualVersion}".`,
      rule: 'stream.wrong_expected_version',
      expectedVersion: error.expectedVersion,
      currentVersion: error.actualVersion,
    };
  }
  if (error instanceof IdempotencyConflictError) {
    return {
      type: problemType('idempotency.conflict'),
      title: 'Idempotency conflict',
      status: HttpStatus.UNPROCESSABLE_ENTITY,
      detail: 'This command repeats some, but not all, of an earlier command.',
      rule: 'idempotency.conflict',
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    if (typeof response === 'object' && response !== null && 'type' in response && 'detail' in response) {
      return response as Problem;
    }
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? (response as { message: string[] }).message.join('; ')
          : String((response as { message?: unknown }).message ?? error.message);
    // The router's own refusal of a path segment that is not percent-encoded UTF-8.
    const undecodable = /^Failed to decode param '(.*)'$/s.exec(message);
    if (status === 400 && undecodable) {
      return {
        type: problemType('request.malformed'),
        title: titles[400],
        status,
        detail: `The address holds "${undecodable[1].slice(0, 100)}", which is not percent-encoded UTF-8.`,
        rule: 'request.malformed',
      };
    }
    return {
      type: problemType(`http.${status}`),
      title: titles[status] ?? error.name,
      status,
      detail: message,
    };
  }
  return {
    type: problemType('internal'),
    title: 'Internal error',
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    detail:
      'Something went wrong on our side. The request was not applied; it is safe to retry with the same Idempotency-Key.',
  };
}

/** The English title of a problem of that status. */
export function problemTitle(status: number): string | undefined {
  return titles[status];
}

const titles: Record<number, string> = {
  202: 'Accepted',
  400: 'Invalid request',
  401: 'Not authenticated',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict with the current state',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Rule violated',
  429: 'Too many requests',
  503: 'Unavailable',
};
