import type { Migration } from './migration';

/**
 * Which in-app notifications each user has read, and when. A person's screen state, not a
 * fact of the work: it is kept beside the read models, not in the event log, and outside
 * their generation schemas, so a rebuild of the read models (which re-derives the same
 * notification ids from the log) leaves it as it was. Per user: a notification addressed
 * to an agency is read by each of its people on their own.
 */
export const notificationReads: Migration = {
  name: '0006-notification-reads',
  up: `
    CREATE TABLE notification_reads (
      user_id         text        NOT NULL,
      notification_id text        NOT NULL,
      read_at         timestamptz NOT NULL,
      PRIMARY KEY (user_id, notification_id)
    );
  `,
};
