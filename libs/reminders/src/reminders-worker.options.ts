import type { DynamicModule, Type } from '@nestjs/common';

export interface RemindersWorkerOptions {
  /** Attempts of a reminder job (default 5), retried with exponential backoff from `backoffMs` (default 30 s). */
  readonly attempts?: number;
  readonly backoffMs?: number;
  /** Period of the reconciliation after the one at start (default one hour; 0: only at start). */
  readonly reconcileEveryMs?: number;
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
export const DEFAULT_RECONCILE_EVERY_MS = 3_600_000;
