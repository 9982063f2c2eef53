import type { Redis } from 'ioredis';
import { taskReminderJobId, taskReminderPayload, type PlannedReminder } from '@giaoviec/reminders';
import { forEachInFlight } from './reminders-in-flight';

export interface TaskReminders {
  readonly taskId: string;
  readonly plan: readonly PlannedReminder[];
}

/**
 * The least Redis must do to hold a delayed job: a hash with its name and payload under its
 * id, and the id in a sorted set scored by its due time. `concurrency` tasks in flight on one
 * connection, as the queue has, each sending the writes of all its reminders at once (one
 * round trip; ioredis pipelines them on the socket, which measured faster here than a
 * Pipeline object per task): the machine's own limit for these writes.
 */
export async function writeRawDelayedJobs(
  redis: Redis,
  prefix: string,
  tasks: readonly TaskReminders[],
  concurrency: number,
  dueAtMs: (reminder: PlannedReminder) => number,
): Promise<number> {
  const delayedKey = `${prefix}delayed`;
  return forEachInFlight(tasks, concurrency, async ({ taskId, plan }) => {
    await Promise.all(
      plan.flatMap((reminder) => {
        const jobId = taskReminderJobId(taskId, reminder.kind, reminder.dueDate);
        const data = JSON.stringify(taskReminderPayload(taskId, reminder));
        return [
          redis.hset(`${prefix}job:${jobId}`, 'name', 'task-reminder', 'data', data),
          redis.zadd(delayedKey, dueAtMs(reminder), jobId),
        ];
      }),
    );
  });
}
