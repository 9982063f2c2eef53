import type { Migration } from './migration';

/**
 * The decision notices the worker accepted from the event log (one per TaskAssigned,
 * TaskReassigned, CompletionReturned, ExtensionGranted, ExtensionRejected it followed) and
 * whether each has gone out by e-mail and webhook. An outbox, not a read model: the row is
 * written in the transaction that moves the follower's checkpoint, so a notice read from
 * the log is never lost whatever happens to Redis afterwards, and `delivered_at` is set
 * once, so a retried job sends nothing after it was recorded.
 */
export const decisionNotices: Migration = {
  name: '0007-decision-notices',
  up: `
    CREATE TABLE decision_notices (
      notice_id      text        PRIMARY KEY,
      event_id       text        NOT NULL,
      event_type     text        NOT NULL,
      stream_id      text        NOT NULL,
      stream_version integer     NOT NULL,
      position       text        COLLATE "C" NOT NULL,
      accepted_at    timestamptz NOT NULL DEFAULT now(),
      attempts       integer     NOT NULL DEFAULT 0,
      delivered_at   timestamptz,
      channels       text[],
      recipients     integer
    );
    CREATE INDEX decision_notices_pending_idx ON decision_notices (position) WHERE delivered_at IS NULL;
  `,
};
