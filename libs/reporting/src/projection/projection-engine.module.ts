import { Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import type { Clock } from '@giaoviec/kernel';
import { CLOCK, PG_POOL } from '@giaoviec/platform';
import { AsOfGenerations } from './as-of/as-of-generations';
import { PointInTimeReads } from './as-of/point-in-time-reads';
import { ProjectionCatalog } from './projection-catalog';
import { PROJECTION_ENGINE_OPTIONS, type ProjectionEngineOptions } from './projection-engine.options';
import { ProjectionLag } from './projection-lag';
import { METRICS_REGISTRY, registerProjectionMetrics } from './projection-metrics';
import { PostgresReadModelStore } from './postgres-read-model-store';
import { ReadAfterInterceptor } from './read-after.interceptor';
import { ReadModelGenerations } from './read-model-generations';
import { READ_MODEL_STORE } from './read-model-store';
import { ReadModelRebuilder } from './read-model-rebuilder';

/** Makes sure the read models have a live generation before anything reads or projects. */
@Injectable()
export class ReadModelsBootstrap implements OnModuleInit {
  constructor(private readonly generations: ReadModelGenerations) {}

  async onModuleInit(): Promise<void> {
    await this.generations.ensureLive();
  }
}

/**
 * The projection engine shared by the API, the worker and the CLI: read-model generations,
 * the ReadModelStore queries use (READ_MODEL_STORE, ReadAfterInterceptor), the past days'
 * read models of `?asOf=` (PointInTimeReads), the lag and its
 * metrics registry, the rebuild. Global, so the read models' module and the health check
 * reach it without importing it. The projections come from PROJECTIONS, wherever provided.
 */
@Global()
@Module({
  providers: [
    { provide: PROJECTION_ENGINE_OPTIONS, useValue: {} },
    ProjectionCatalog,
    {
      provide: ReadModelGenerations,
      inject: [PG_POOL, ProjectionCatalog, PROJECTION_ENGINE_OPTIONS],
      useFactory: (pool: Pool, catalog: ProjectionCatalog, options: ProjectionEngineOptions) =>
        new ReadModelGenerations(pool, () => catalog.all(), { cacheMs: options.liveCacheMs }),
    },
    {
      provide: READ_MODEL_STORE,
      inject: [PG_POOL, ReadModelGenerations, EVENT_STORE, PROJECTION_ENGINE_OPTIONS],
      useFactory: (
        pool: Pool,
        generations: ReadModelGenerations,
        store: EventStore,
        options: ProjectionEngineOptions,
      ) =>
        new PostgresReadModelStore(pool, generations, store, {
          pollMs: options.waitPollMs,
          defaultTimeoutMs: options.readAfterTimeoutMs,
          countCap: options.eventsBehindCap,
        }),
    },
    {
      provide: ProjectionLag,
      inject: [EVENT_STORE, PG_POOL, ReadModelGenerations, CLOCK, PROJECTION_ENGINE_OPTIONS],
      useFactory: (
        store: EventStore,
        pool: Pool,
        generations: ReadModelGenerations,
        clock: Clock,
        options: ProjectionEngineOptions,
      ) => new ProjectionLag(store, pool, generations, clock, { eventsBehindCap: options.eventsBehindCap }),
    },
    {
      provide: METRICS_REGISTRY,
      inject: [ProjectionLag],
      useFactory: (lag: ProjectionLag) => registerProjectionMetrics(lag),
    },
    {
      provide: AsOfGenerations,
      inject: [PG_POOL, EVENT_STORE, ReadModelGenerations, ProjectionCatalog, PROJECTION_ENGINE_OPTIONS],
      useFactory: (
        pool: Pool,
        store: EventStore,
        generations: ReadModelGenerations,
        catalog: ProjectionCatalog,
        options: ProjectionEngineOptions,
      ) =>
        new AsOfGenerations(pool, store, generations, () => catalog.all(), {
          keep: options.asOfKeep,
          batchSize: options.asOfBatchSize,
        }),
    },
    PointInTimeReads,
    ReadAfterInterceptor,
    ReadModelRebuilder,
    ReadModelsBootstrap,
  ],
  exports: [
    PROJECTION_ENGINE_OPTIONS,
    ProjectionCatalog,
    ReadModelGenerations,
    READ_MODEL_STORE,
    ProjectionLag,
    METRICS_REGISTRY,
    AsOfGenerations,
    PointInTimeReads,
    ReadAfterInterceptor,
    ReadModelRebuilder,
  ],
})
export class ProjectionEngineModule {}
