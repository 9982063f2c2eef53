import { HttpException, HttpStatus } from '@nestjs/common';
import type { LocalDate } from '@giaoviec/kernel';

/** How long a client is told to wait before asking for a day being prepared again. */
export const AS_OF_PREPARING_RETRY_AFTER_SECONDS = 10;

/**
 * A past day whose read models are being built in the background (202, Retry-After): the
 * request changed nothing; the same request answers 200 once the day is ready.
 * ProblemFilter sends it as the problem document every other answer of this kind is.
 */
export class AsOfPreparing extends HttpException {
  constructor(
    readonly asOf: LocalDate,
    readonly eventsToReplay: number,
  ) {
    super(
      {
        type: 'urn:giaoviec:problem:read_models.as_of_preparing',
        title: 'Accepted',
        status: HttpStatus.ACCEPTED,
        detail: `The read models as of the end of ${asOf} are being built (at least ${eventsToReplay} events to replay). Ask again in ${AS_OF_PREPARING_RETRY_AFTER_SECONDS} s.`,
        rule: 'read_models.as_of_preparing',
        asOf,
        retryAfterSeconds: AS_OF_PREPARING_RETRY_AFTER_SECONDS,
      },
      HttpStatus.ACCEPTED,
    );
    this.name = 'AsOfPreparing';
  }
}
