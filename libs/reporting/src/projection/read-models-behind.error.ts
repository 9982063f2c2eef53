import { HttpException, HttpStatus } from '@nestjs/common';
import type { GlobalCheckpoint } from '@giaoviec/event-store';

/** Seconds a client is told to wait before asking again. */
export const READ_MODELS_RETRY_AFTER_SECONDS = 1;

/**
 * The read models did not reach the position a client asked to read after within the
 * bounded wait: a 503 problem saying how far behind they are. The request changed nothing;
 * retrying after Retry-After is safe.
 */
export class ReadModelsBehind extends HttpException {
  constructor(
    readonly requestedPosition: GlobalCheckpoint,
    readonly currentPosition: GlobalCheckpoint | undefined,
    readonly eventsBehind: number | undefined,
    readonly waitedMs: number,
  ) {
    super(
      {
        type: 'urn:giaoviec:problem:read_models.behind',
        title: 'Read models behind',
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail:
          `The read models have not reached position ${requestedPosition} within ${waitedMs} ms` +
          (eventsBehind === undefined ? '' : ` (${eventsBehind} event(s) behind)`) +
          `. Retry after ${READ_MODELS_RETRY_AFTER_SECONDS} s.`,
        rule: 'read_models.behind',
        requestedPosition,
        currentPosition: currentPosition ?? null,
        ...(eventsBehind === undefined ? {} : { eventsBehind }),
        retryAfterSeconds: READ_MODELS_RETRY_AFTER_SECONDS,
      },
      HttpStatus.SERVICE_UNAVAILABLE,
    );
    this.name = 'ReadModelsBehind';
  }
}

/** X-Read-After / readAfter that cannot be a position of this system's log. */
export class InvalidReadPosition extends HttpException {
  constructor(readonly position: string) {
    super(
      {
        type: 'urn:giaoviec:problem:read_models.invalid_position',
        title: 'Invalid request',
        status: HttpStatus.BAD_REQUEST,
        detail: `"${position.slice(0, 100)}" is not a position of the event log: send back the "position" a command answered with.`,
        rule: 'read_models.invalid_position',
        errors: [
          {
            field: 'readAfter',
            messages: ['must be a position a command answered with'],
            codes: ['readPosition'],
          },
        ],
      },
      HttpStatus.BAD_REQUEST,
    );
    this.name = 'InvalidReadPosition';
  }
}
