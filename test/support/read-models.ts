import type { Pool } from 'pg';
import { PG_POOL } from '@giaoviec/platform';
import { readModelProjections, ReadModelGenerations, rebuildReadModels } from '@giaoviec/reporting';
import type { ApiTestApp } from './api-test-app';

/**
 * Brings the read models of a test's API up to the log. The API runs no projector (the
 * worker does): a rebuild replays the log into a new generation and switches to it, as
 * `npm run cli -- rebuild-read-models` does.
 */
export async function projectReadModels(api: ApiTestApp): Promise<void> {
  await rebuildReadModels({
    store: api.store,
    pool: api.app.get<Pool>(PG_POOL),
    projections: readModelProjections(),
    generations: api.app.get(ReadModelGenerations),
    handoverMs: 0,
    dropGraceMs: 0,
  });
}
