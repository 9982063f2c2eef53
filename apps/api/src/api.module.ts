import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AgenciesModule } from '@giaoviec/agencies';
import { IdentityModule } from '@giaoviec/identity';
import { PlanningModule } from '@giaoviec/planning';
import { HttpPlatformModule, InfrastructureModule, WebAppModule } from '@giaoviec/platform';
import {
  AS_OF_BUILD_QUEUE,
  AsOfBuildQueueModule,
  ProjectionEngineModule,
  ProjectionHttpModule,
  ReportingModule,
} from '@giaoviec/reporting';
import {
  DEFAULT_QUEUE_PREFIX,
  DIGEST_QUEUE,
  QUEUE_DASHBOARD_ROUTE,
  QUEUES,
  QueueDashboardModule,
} from '@giaoviec/reminders';
import { TasksModule } from '@giaoviec/tasks';

/**
 * The HTTP API: the command routes of every context and the read models' queries, on the
 * shared infrastructure; and the built web application that uses them.
 */
@Module({})
export class ApiModule {
  /** `queuePrefix`: the Redis key prefix the worker's queues use (tests run with one of their own). */
  static withConfig(
    configOverrides: Record<string, string> = {},
    options: { queuePrefix?: string } = {},
  ): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        InfrastructureModule.forRoot(configOverrides),
        CqrsModule.forRoot(),
        HttpPlatformModule,
        IdentityModule,
        AgenciesModule,
        PlanningModule,
        TasksModule,
        ProjectionEngineModule,
        ProjectionHttpModule,
        ReportingModule,
        // ?asOf= hands a long build of a past day to the worker's queue.
        AsOfBuildQueueModule.forPrefix(options.queuePrefix ?? DEFAULT_QUEUE_PREFIX),
        // The operators' BullMQ dashboard at /queues (admin only): the reminder queues, the digest's, the as-of builds.
        QueueDashboardModule.forQueues(
          [...Object.values(QUEUES), DIGEST_QUEUE, AS_OF_BUILD_QUEUE],
          options.queuePrefix,
        ),
        // The web application (WEB_ROOT) under `/`, its deep links included; the routes above keep theirs.
        WebAppModule.forRoot({ otherRoutes: [QUEUE_DASHBOARD_ROUTE] }),
      ],
    };
  }
}
