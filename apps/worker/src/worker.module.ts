import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EvidenceHousekeepingModule } from '@giaoviec/evidence';
import { IdempotencyHousekeepingModule, InfrastructureModule } from '@giaoviec/platform';
import {
  AsOfBuildsWorkerModule,
  ProjectionEngineModule,
  ReadModelProjectionsModule,
} from '@giaoviec/reporting';
import {
  bullRootModule,
  DigestModule,
  RemindersWorkerModule,
  type RemindersWorkerOptions,
} from '@giaoviec/reminders';
import { ProjectorModule } from './projector/projector.module';

export interface WorkerOptions {
  /** Prefix of the BullMQ keys in Redis (default 'giaoviec'); tests use one of their own. */
  readonly queuePrefix?: string;
  readonly reminders?: RemindersWorkerOptions;
}

/**
 * The background process. It hosts what follows the event log rather than serving
 * requests: the projector (read models), the reminder scheduler, processor and
 * reconciliation (BullMQ), the standing office's morning digest, past days' read models
 * (`?asOf=`: built when asked and every month end ahead), and housekeeping (old
 * idempotency keys, evidence files no report names).
 */
@Module({})
export class WorkerModule {
  static withConfig(
    configOverrides: Record<string, string> = {},
    options: WorkerOptions = {},
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        InfrastructureModule.forRoot(configOverrides),
        CqrsModule.forRoot(),
        IdempotencyHousekeepingModule,
        EvidenceHousekeepingModule,
        ProjectionEngineModule,
        ProjectorModule,
        ReadModelProjectionsModule,
        bullRootModule(options.queuePrefix),
        RemindersWorkerModule.register(options.reminders),
        DigestModule,
        AsOfBuildsWorkerModule,
      ],
    };
  }
}
