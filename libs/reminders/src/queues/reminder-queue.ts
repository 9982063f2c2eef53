import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import type { LocalDate } from '@giaoviec/kernel';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { CLOCK } from '@giaoviec/platform';
import type { Clock } from '@giaoviec/kernel';
import { allReminders, delayUntil, type PlannedReminder } from '../policy/reminder-policy';
import { QUEUES, taskReminderJobId, type TaskReminderJob } from './queues';

/**
 * The reminder queue's I/O: what the scheduler and the reconciliation do to Redis, and
 * nothing else. Adds are idempotent (fixed ids), so any of them may be repeated.
 */
@Injectable()
export class ReminderQueue {
  constructor(
    @InjectQueue(QUEUES.reminders) readonly queue: Queue,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Adds the planned reminders of a task; returns the ids that were missing (and are now there).
   * With `onlyMissing` (the reconciliation), a reminder already waiting keeps its id but is
   * moved to the time the policy gives now, reported as `retimed`: when the calendar data is
   * corrected (a Tết announced), reminders already queued follow it without a restart.
   */
  async ensure(
    taskId: string,
    plan: readonly PlannedReminder[],
    options: { onlyMissing?: boolean; retimed?: string[] } = {},
  ): Promise<string[]> {
    const now = this.clock.now();
    const added: string[] = [];
    for (const reminder of plan) {
      const jobId = taskReminderJobId(taskId, reminder.kind, reminder.dueDate);
      const payload = taskReminderPayload(taskId, reminder);
      if (options.onlyMissing) {
        const existing = await this.queue.getJob(jobId);
        if (existing) {
          if (await this.retime(existing, payload, delayUntil(reminder, now))) options.retimed?.push(jobId);
          continue;
        }
      }
      await this.queue.add('task-reminder', payload, { jobId, delay: delayUntil(reminder, now) });
      added.push(jobId);
    }
    return added;
  }

  /** Moves a still-delayed job whose fire time is not the planned one; false when nothing changed. */
  private async retime(job: Job<TaskReminderJob>, planned: TaskReminderJob, delay: number): Promise<boolean> {
    if (job.data.fireAt === planned.fireAt && job.data.daysOverdue === planned.daysOverdue) return false;
    if (!(await job.isDelayed())) return false; // running, done or failed: left to the worker's re-check
    await job.updateData(planned);
    await job.changeDelay(delay);
    return true;
  }

  /** Removes every reminder of a deadline (waiting, delayed, finished); a job running now is left to re-check the task. */
  async removeAll(taskId: string, dueDate: LocalDate): Promise<void> {
    for (const reminder of allReminders(dueDate, this.config.reminders)) {
      await this.queue.remove(taskReminderJobId(taskId, reminder.kind, dueDate));
    }
  }
}

/** The job a planned reminder of a task becomes. */
export function taskReminderPayload(taskId: string, reminder: PlannedReminder): TaskReminderJob {
  return {
    taskId,
    kind: reminder.kind,
    dueDate: reminder.dueDate,
    fireAt: reminder.fireAt.toISOString(),
    daysOverdue: reminder.daysOverdue,
    ...(reminder.escalationLevel ? { escalationLevel: reminder.escalationLevel } : {}),
  };
}
