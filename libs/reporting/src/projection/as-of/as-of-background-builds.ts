import type { LocalDate } from '@giaoviec/kernel';

/**
 * Hands a past day's build to the worker (a BullMQ job, one per day however many ask).
 * Provided by AsOfBuildQueueModule in the API; a process without it builds every day itself.
 */
export interface AsOfBackgroundBuilds {
  request(day: LocalDate): Promise<void>;
}

export const AS_OF_BACKGROUND_BUILDS = Symbol('AS_OF_BACKGROUND_BUILDS');
