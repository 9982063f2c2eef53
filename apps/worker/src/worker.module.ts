import { DynamicModule, Module } from '@nestjs/common';
import { IdempotencyHousekeepingModule, InfrastructureModule } from '@giaoviec/platform';
import { ProjectionEngineModule, ReadModelProjectionsModule } from '@giaoviec/reporting';
import { ProjectorModule } from './projector/projector.module';

/**
 * The background process. It hosts what follows the event log rather than serving
 * requests: the projector (read models) and housekeeping; the reminder scheduler joins it later.
 */
@Module({})
export class WorkerModule {
  static withConfig(configOverrides: Record<string, string> = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        InfrastructureModule.forRoot(configOverrides),
        IdempotencyHousekeepingModule,
        ProjectionEngineModule,
        ProjectorModule,
        ReadModelProjectionsModule,
      ],
    };
  }
}
