import { Module } from '@nestjs/common';
import { IdempotencyHousekeepingModule, InfrastructureModule } from '@giaoviec/platform';

/**
 * The background process. It hosts what follows the event log rather than serving
 * requests: housekeeping now; the projector and the reminder scheduler join it later.
 */
@Module({ imports: [InfrastructureModule.forRoot(), IdempotencyHousekeepingModule] })
export class WorkerModule {}
