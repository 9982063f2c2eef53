import type { Migration } from './migration';
import { idempotencyKeys } from './0001-idempotency-keys';
import { identity } from './0002-identity';
import { readModelGenerations } from './0003-read-model-generations';
import { userEmail } from './0004-user-email';
import { reminderScheduler } from './0005-reminder-scheduler';
import { notificationReads } from './0006-notification-reads';
import { decisionNotices } from './0007-decision-notices';
import { readModelsAsOf } from './0008-read-models-as-of';
import { evidenceFiles } from './0009-evidence-files';
import { readModelsAsOfPinned } from './0010-read-models-as-of-pinned';

/** In the order they apply. */
export const MIGRATIONS: readonly Migration[] = [
  idempotencyKeys,
  identity,
  readModelGenerations,
  userEmail,
  reminderScheduler,
  notificationReads,
  decisionNotices,
  readModelsAsOf,
  evidenceFiles,
  readModelsAsOfPinned,
];
