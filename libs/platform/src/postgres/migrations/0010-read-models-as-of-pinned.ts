import type { Migration } from './migration';

/**
 * Past days' read models that are kept whatever the cap (`pinned`: month and quarter ends,
 * built ahead by the worker, and the days configured in AS_OF_PINNED_DAYS), and the earlier
 * day each was copied from (`seeded_from`; null: replayed from the start of the log).
 */
export const readModelsAsOfPinned: Migration = {
  name: '0010-read-models-as-of-pinned',
  up: `
    ALTER TABLE read_models_as_of
      ADD COLUMN pinned      boolean NOT NULL DEFAULT false,
      ADD COLUMN seeded_from date;
  `,
};
