import { Global, Module } from '@nestjs/common';
import { type ExtraHealthIndicator, HEALTH_INDICATORS } from '@giaoviec/platform';
import { MetricsController } from './metrics.controller';
import { PROJECTION_ENGINE_OPTIONS, type ProjectionEngineOptions } from './projection-engine.options';
import { ProjectionLag, projectionHealthCheck } from './projection-lag';

/**
 * What the API adds for the projection engine: GET /metrics (Prometheus) and the
 * `projections` entry of GET /health (through the platform's optional HEALTH_INDICATORS).
 * Needs ProjectionEngineModule.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    {
      provide: HEALTH_INDICATORS,
      inject: [ProjectionLag, PROJECTION_ENGINE_OPTIONS],
      useFactory: (lag: ProjectionLag, options: ProjectionEngineOptions): ExtraHealthIndicator[] => [
        { key: 'projections', check: projectionHealthCheck(lag, { maxLagSeconds: options.maxLagSeconds }) },
      ],
    },
  ],
  exports: [HEALTH_INDICATORS],
})
export class ProjectionHttpModule {}
