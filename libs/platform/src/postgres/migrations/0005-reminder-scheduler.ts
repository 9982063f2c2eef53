import type { Migration } from './migration';

/**
 * How far the reminder scheduler (apps/worker) has followed the event log. One row per
 * scheduler; moved by compare-and-set (`WHERE checkpoint IS NOT DISTINCT FROM expected`), so of
 * two workers only one applies each batch of events to the BullMQ jobs.
 */
export const reminderScheduler: Migration = {
  name: '0005-reminder-scheduler',
  up: `
    CREATE TABLE reminder_scheduler_checkpoints (
      name       text        PRIMARY KEY,
      checkpoint text,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
