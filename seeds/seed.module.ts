import { DynamicModule, Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AgenciesModule } from '@giaoviec/agencies';
import { PlanningModule } from '@giaoviec/planning';
import { InfrastructureModule, ResourceOwners } from '@giaoviec/platform';
import { TasksModule } from '@giaoviec/tasks';

/**
 * The context modules register who owns their resources (for the API's authorization
 * policy) with ResourceOwners, which the API's HTTP pipeline provides; without HTTP the
 * seed provides an empty registry of its own.
 */
@Global()
@Module({ providers: [ResourceOwners], exports: [ResourceOwners] })
class SeedOwnershipModule {}

/**
 * The seed loader: the same command handlers as the API (agencies, planning, tasks) on the
 * same infrastructure, without HTTP.
 */
@Module({})
export class SeedModule {
  static withConfig(configOverrides: Record<string, string> = {}): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        InfrastructureModule.forRoot(configOverrides),
        CqrsModule.forRoot(),
        SeedOwnershipModule,
        AgenciesModule,
        PlanningModule,
        TasksModule,
      ],
    };
  }
}
