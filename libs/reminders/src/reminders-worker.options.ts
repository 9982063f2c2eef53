import type { DynamicModule, Type } from '@nestjs/common';
import type { AppConfig } from '@giaoviec/config';

export interface RemindersWorkerOptions {
  /** Attempts of a reminder job (default 5), retried with exponential backoff from `backoffMs` (default 30 s). */
  readonly attempts?: number;
  readonly backoffMs?: number;
  /** Period of the reconciliation after the one at start (default REMINDER_RECONCILE_EVERY_SECONDS; 0: only at start). */
  readonly reconcileEveryMs?: number;
  /** Period of the check that Redis kept its data (default REDIS_DATA_LOSS_CHECK_SECONDS; 0: none). */
  readonly redisCheckEveryMs?: number;
  /** Reconcile when the worker starts (default true). */
  readonly reconcileAtStart?: boolean;
  /** Wait after a failed scheduler batch, doubling up to 5 s (default 200 ms). */
  readonly schedulerRetryMs?: number;
  /** The module providing NOTIFIER (default: the e-mail / in-app / webhook NotificationModule). */
  readonly notifierModule?: Type | DynamicModule;
}

export const REMINDERS_WORKER_OPTIONS = Symbol('REMINDERS_WORKER_OPTIONS');

/** Prefix of every BullMQ key in Redis (bullRootModule). */
export const DEFAULT_QUEUE_PREFIX = 'giaoviec';

/** The reconciliation's period: the worker's option, else the configuration. */
export function reconcileEveryMs(options: RemindersWorkerOptions, config: AppConfig): number {
  return options.reconcileEveryMs ?? config.reminders.reconcileEverySeconds * 1000;
}

/** The period of the Redis data-loss check: the worker's option, else the configuration. */
export function redisCheckEveryMs(options: RemindersWorkerOptions, config: AppConfig): number {
  return options.redisCheckEveryMs ?? config.redis.dataLossCheckSeconds * 1000;
}
