import type { Migration } from './migration';

/**
 * Read models as they stood at the end of a past day (`?asOf=`), each built on demand from
 * the log into a schema of its own (`<app schema>_asof_<yyyymmdd>`) and kept, since what
 * was recorded by a past day never changes. Apart from read_model_generations on purpose:
 * nothing that switches or retires the live generation ever sees these. The least recently
 * used are dropped beyond a cap (last_used_at).
 */
export const readModelsAsOf: Migration = {
  name: '0008-read-models-as-of',
  up: `
    CREATE TABLE read_models_as_of (
      as_of           date        PRIMARY KEY,
      schema_name     text        NOT NULL UNIQUE,
      status          text        NOT NULL CHECK (status IN ('building', 'ready')),
      projections     text[]      NOT NULL, -- name@version of each projection it was built with
      recorded_before timestamptz NOT NULL,
      checkpoint      text,                 -- the last event applied; null: nothing was recorded yet
      events_applied  bigint      NOT NULL DEFAULT 0,
      created_at      timestamptz NOT NULL DEFAULT now(),
      built_at        timestamptz,
      last_used_at    timestamptz NOT NULL DEFAULT now()
    );
  `,
};
