import type { Migration } from './migration';

/**
 * Credentials live here, never in events: the event log is replicated, exported and kept
 * forever, and a password hash has no business in an audit trail. What happened to an
 * account (registered, role changed, locked out, password changed) is in the user's stream.
 */
export const identity: Migration = {
  name: '0002-identity',
  up: `
    CREATE TABLE user_credentials (
      user_id         text        PRIMARY KEY,
      username        text        NOT NULL,
      password_hash   text        NOT NULL,                 -- argon2id, PHC string
      failed_attempts integer     NOT NULL DEFAULT 0,       -- consecutive failed logins since the last success or lock
      locked_until    timestamptz,                          -- logins refused until then
      active          boolean     NOT NULL DEFAULT true,    -- mirrors UserDeactivated / UserReactivated
      updated_at      timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT user_credentials_username_key UNIQUE (username)
    );

    -- Refresh tokens are stored as SHA-256 hashes only; rotation chains them in a family,
    -- so reusing a revoked one revokes the whole family (the session).
    CREATE TABLE refresh_tokens (
      token_hash  text        PRIMARY KEY,
      user_id     text        NOT NULL REFERENCES user_credentials (user_id),
      family_id   uuid        NOT NULL,
      expires_at  timestamptz NOT NULL,
      revoked_at  timestamptz,
      replaced_by text,
      created_at  timestamptz NOT NULL
    );
    CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
    CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id) WHERE revoked_at IS NULL;
  `,
};
