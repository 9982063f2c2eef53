import { HUE_TIME_ZONE } from '@giaoviec/kernel';

/** The queue of the standing office's morning digest, and its one job. */
export const DIGEST_QUEUE = 'reminders-digest';
export const DIGEST_JOB = 'morning-digest';
/** The id of the job scheduler (BullMQ repeatable job): one, whatever the number of workers. */
export const DIGEST_SCHEDULER_ID = 'morning-digest';

/** Every day at `localHour`:00 in Huế (BullMQ cron pattern with a time zone). */
export function digestRepeat(localHour: number): { pattern: string; tz: string } {
  if (!Number.isInteger(localHour) || localHour < 0 || localHour > 23)
    throw new Error(`The digest hour must be 0-23, not ${localHour}`);
  return { pattern: `0 ${localHour} * * *`, tz: HUE_TIME_ZONE };
}

/** The declaration the queue registry of libs/reminders/src/queues can take over as is. */
export const DIGEST_QUEUE_DECLARATION = {
  queue: DIGEST_QUEUE,
  jobs: [DIGEST_JOB],
} as const;
