import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { Clock } from '@giaoviec/kernel';
import { AfterRedisDataLoss, CLOCK } from '@giaoviec/platform';
import { READ_MODEL_STORE, type ReadModelStore } from '@giaoviec/reporting';
import type { EscalationLevel, TaskStatus } from '@giaoviec/tasks';
import { planReminders } from '../policy/reminder-policy';
import { OnJob } from '../queues/job-handlers';
import { ReminderQueue } from '../queues/reminder-queue';
import {
  reconcileEveryMs,
  REMINDERS_WORKER_OPTIONS,
  type RemindersWorkerOptions,
} from '../reminders-worker.options';

export interface ReconciliationResult {
  readonly openTasks: number;
  /** Job ids that were missing from Redis and are back. */
  readonly restored: readonly string[];
  /** Job ids still waiting whose fire time the policy now gives otherwise (a calendar correction): moved. */
  readonly retimed: readonly string[];
}

/** The id of the reconciliation's job scheduler (hourly by default: REMINDER_RECONCILE_EVERY_SECONDS). */
export const RECONCILE_SCHEDULER_ID = 'reconcile-reminders-hourly';

/**
 * Heals a Redis that lost jobs: the open tasks with a deadline (rm_tasks) are compared with
 * the jobs in the queue, and what the policy plans but Redis lacks is added again (what it
 * has at another time than the policy now gives is moved). Fixed job
 * ids make this safe to run any time; a reminder already sent or no longer due is filtered by
 * the policy or, at the latest, by the worker's re-check. Runs at start and hourly (a BullMQ
 * job scheduler, so one worker of several runs it), and when the worker sees that Redis lost
 * its data (RedisDataLossWatch), the job scheduler with it.
 */
@Injectable()
export class ReminderReconciliation implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReminderReconciliation.name);

  constructor(
    private readonly reminders: ReminderQueue,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REMINDERS_WORKER_OPTIONS) private readonly options: RemindersWorkerOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    if (this.options.reconcileAtStart ?? true) {
      await this.reconcile().catch((error: unknown) =>
        this.logger.warn({ err: error }, `Reminder reconciliation at start failed: ${String(error)}`),
      );
    }
  }

  /** The id of the job scheduler Redis must hold, or undefined when the reconciliation runs only at start. */
  get schedulerId(): string | undefined {
    return reconcileEveryMs(this.options, this.config) > 0 ? RECONCILE_SCHEDULER_ID : undefined;
  }

  /** Creates (or moves, or removes when the period is 0) the reconciliation's job scheduler. Idempotent. */
  async schedule(): Promise<void> {
    const every = reconcileEveryMs(this.options, this.config);
    if (every > 0) {
      await this.reminders.queue.upsertJobScheduler(
        RECONCILE_SCHEDULER_ID,
        { every },
        { name: 'reconcile-reminders', data: {} },
      );
    } else {
      await this.reminders.queue.removeJobScheduler(RECONCILE_SCHEDULER_ID);
    }
  }

  /** Redis lost everything: the job scheduler, then every reminder the open tasks still need. */
  @AfterRedisDataLoss()
  async restoreAfterRedisDataLoss(): Promise<ReconciliationResult> {
    await this.schedule();
    return this.reconcile();
  }

  @OnJob('reconcile-reminders')
  async reconcile(): Promise<ReconciliationResult> {
    const rows = await this.readModels.read<{
      task_id: string;
      status: TaskStatus;
      due_date: string;
      escalation_level: EscalationLevel | null;
    }>((schema) => ({
      text: `SELECT task_id, status, to_char(due_date, 'YYYY-MM-DD') AS due_date, escalation_level
               FROM ${schema}.rm_tasks
              WHERE status IN ('assigned', 'in_progress') AND due_date IS NOT NULL`,
    }));
    const now = this.clock.now();
    const restored: string[] = [];
    const retimed: string[] = [];
    for (const row of rows) {
      const plan = planReminders(
        { status: row.status, dueDate: row.due_date, escalationLevel: row.escalation_level },
        this.config.reminders,
        now,
      );
      restored.push(...(await this.reminders.ensure(row.task_id, plan, { onlyMissing: true, retimed })));
    }
    if (restored.length > 0) {
      this.logger.warn({ restored: restored.length }, 'Reminders missing from Redis were scheduled again');
    }
    if (retimed.length > 0) {
      this.logger.warn(
        { retimed: retimed.length },
        'Reminders waiting in Redis were moved to the times the calendar now gives',
      );
    }
    return { openTasks: rows.length, restored, retimed };
  }
}
