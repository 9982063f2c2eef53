import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { PG_POOL } from '@giaoviec/platform';
import { PROJECTION_ENGINE_OPTIONS, type ProjectionEngineOptions } from './projection-engine.options';
import { ProjectionCatalog } from './projection-catalog';
import { ReadModelGenerations } from './read-model-generations';
import { rebuildReadModels, type RebuildReadModelsOptions, type RebuildResult } from './rebuild-read-models';

export type RebuildCommandOptions = Omit<
  RebuildReadModelsOptions,
  'store' | 'pool' | 'projections' | 'generations'
>;

/** rebuildReadModels with what the application has: for the CLI command (`app.get(ReadModelRebuilder).rebuild()`). */
@Injectable()
export class ReadModelRebuilder {
  private readonly logger = new Logger('RebuildReadModels');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly catalog: ProjectionCatalog,
    private readonly generations: ReadModelGenerations,
    @Inject(PROJECTION_ENGINE_OPTIONS) private readonly options: ProjectionEngineOptions,
  ) {}

  rebuild(options: RebuildCommandOptions = {}): Promise<RebuildResult> {
    const projections = this.catalog.all();
    if (projections.length === 0) {
      throw new Error('No projections are registered (PROJECTIONS): import the read models module');
    }
    return rebuildReadModels({
      store: this.store,
      pool: this.pool,
      projections,
      generations: this.generations,
      logger: this.logger,
      batchSize: this.options.batchSize,
      retry: this.options.retry,
      ...options,
    });
  }
}
