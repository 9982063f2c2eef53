import type { Migration } from './migration';

export const idempotencyKeys: Migration = {
  name: '0001-idempotency-keys',
  up: `
    -- The first answer to each command sent with an Idempotency-Key, so a retry gets it back.
    CREATE TABLE idempotency_keys (
      scope         text        NOT NULL, -- the sender: keys are per client, not global
      key           text        NOT NULL,
      request_hash  text        NOT NULL, -- method, route and body: the same key with another request is refused
      status_code   integer,              -- null while the first request is still running
      response_body jsonb,
      created_at    timestamptz NOT NULL DEFAULT now(),
      completed_at  timestamptz,
      PRIMARY KEY (scope, key)
    );
    CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
  `,
};
