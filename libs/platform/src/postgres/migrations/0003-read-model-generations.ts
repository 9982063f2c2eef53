import type { Migration } from './migration';

/**
 * The read models live in generations: each one a PostgreSQL schema of its own
 * (`<app schema>_rm_<n>`) holding every projection's tables and one checkpoint. Queries
 * read the live generation; a rebuild fills a 'building' one from the log and then makes
 * it live in one transaction, so reads never stop. Retired generations keep their row
 * (the history of rebuilds); their schema is dropped (dropped_at).
 */
export const readModelGenerations: Migration = {
  name: '0003-read-model-generations',
  up: `
    CREATE TABLE read_model_generations (
      generation  integer     PRIMARY KEY,
      schema_name text        NOT NULL UNIQUE,
      status      text        NOT NULL CHECK (status IN ('building', 'live', 'retired')),
      projections text[]      NOT NULL DEFAULT '{}', -- the projections (name, @version) it was built with
      created_at  timestamptz NOT NULL DEFAULT now(),
      live_since  timestamptz,
      retired_at  timestamptz,
      dropped_at  timestamptz
    );
    -- Exactly one generation answers queries at a time.
    CREATE UNIQUE INDEX read_model_generations_one_live ON read_model_generations ((true)) WHERE status = 'live';
  `,
};
