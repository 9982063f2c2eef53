import type { Migration } from './migration';

/**
 * An optional e-mail address per user, for notifications (reminders, escalations, the
 * morning digest). Kept beside the credentials rather than in the user's events: an address
 * is personal data that may have to change or be erased, and the event log is kept forever.
 */
export const userEmail: Migration = {
  name: '0004-user-email',
  up: `
    ALTER TABLE user_credentials ADD COLUMN email text;
  `,
};
