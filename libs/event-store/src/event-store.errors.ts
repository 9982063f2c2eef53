import type { ExpectedVersion, StreamVersion } from './event-store.port';

/** The stream is not at the version the caller expected; `actualVersion` lets a client retry. */
export class WrongExpectedVersionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly actualVersion: StreamVersion,
  ) {
    super(`Stream ${streamId} is at version ${actualVersion}, expected ${expectedVersion}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** An append re-used event ids the stream already holds but did not repeat the original append exactly. */
export class IdempotencyConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(`Stream ${streamId} already holds some but not all of the events ${eventIds.join(', ')}`);
    this.name = 'IdempotencyConflictError';
  }
}
