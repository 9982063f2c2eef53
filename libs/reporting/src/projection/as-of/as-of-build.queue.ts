import type { JobsOptions } from 'bullmq';
import { HUE_TIME_ZONE, type LocalDate } from '@giaoviec/kernel';

/** The worker's queue of past days' read models to build. */
export const AS_OF_BUILD_QUEUE = 'read-models-as-of';
/** One past day asked for by a request, too long to build within it: `{ day }`. */
export const AS_OF_BUILD_DAY_JOB = 'build-day';
/** Every night: the month end just passed and the configured days (daysToPrebuild). */
export const AS_OF_PREBUILD_JOB = 'prebuild-days';
/** The id of the job scheduler: one, whatever the number of workers. */
export const AS_OF_PREBUILD_SCHEDULER_ID = 'as-of-prebuild';
/** 00:30 in Huế: the day before is over, and the morning digest is hours away. */
export const AS_OF_PREBUILD_REPEAT = { pattern: '30 0 * * *', tz: HUE_TIME_ZONE } as const;

export interface AsOfBuildDayData {
  readonly day: LocalDate;
}

/** One job per day however many requests ask: a second add with the id of a waiting or running one is ignored. */
export const asOfBuildJobId = (day: LocalDate) => `as-of-${day}`;

export const AS_OF_BUILD_DAY_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 60_000 },
  // Gone once done or given up: the day is then ready, or the next request asks again.
  removeOnComplete: true,
  removeOnFail: true,
};
