import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { AuthorizationModule, CommandExecutionModule } from '@giaoviec/platform';
import { AgenciesModule } from '@giaoviec/agencies';
import { TasksModule } from '@giaoviec/tasks';
import { DecisionNoticeFeed } from './decisions/decision-notice-feed';
import { DecisionNoticeHandler } from './decisions/decision-notice.handler';
import { DecisionNotifierModule } from './decisions/decision-notifier.module';
import { NotificationModule } from './notification/notification.module';
import { TaskReminderHandler } from './processor/task-reminder.handler';
import { NoticesProcessor, RemindersProcessor } from './processor/reminders.processor';
import { JobHandlerRegistry } from './queues/job-handlers';
import { QUEUES } from './queues/queues';
import { reminderJobOptions } from './queues/reminder-job-options';
import { ReminderQueue } from './queues/reminder-queue';
import { ReminderReconciliation } from './reconciliation/reminder-reconciliation';
import { RedisDataLossWatch } from './healing/redis-data-loss-watch';
import { bullConnection } from './queues/bull-connection';
import {
  DEFAULT_QUEUE_PREFIX,
  REMINDERS_WORKER_OPTIONS,
  type RemindersWorkerOptions,
} from './reminders-worker.options';
import { ReminderScheduler } from './scheduler/reminder-scheduler';

/**
 * BullMQ's shared connection (global): once per process, for every queue of the worker (the
 * reminders, the digest). `prefix` starts every key in Redis; tests pass one of their own.
 */
export function bullRootModule(prefix: string = DEFAULT_QUEUE_PREFIX): DynamicModule {
  return BullModule.forRootAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({ connection: bullConnection(config.redis.url), prefix }),
  });
}

/**
 * Deadline reminders in the worker: the scheduler (event log -> BullMQ delayed jobs), the
 * processor (re-check, notify, record by command), the reconciliation (start and hourly) and
 * the watch that heals a Redis that lost its data under the running worker;
 * and the decision notices (event log -> decision_notices -> BullMQ job -> e-mail, webhook).
 * Needs bullRootModule(), the global infrastructure (InfrastructureModule: config, clock, PostgreSQL, event
 * store), CqrsModule.forRoot() and the read models (ProjectionEngineModule, for rm_tasks).
 * NOTIFIER comes from `notifierModule` (default: NotificationModule).
 */
@Module({})
export class RemindersWorkerModule {
  static register(options: RemindersWorkerOptions = {}): DynamicModule {
    return {
      module: RemindersWorkerModule,
      imports: [
        DiscoveryModule,
        // For ExecuteTaskCommand's handler; its controllers are inert in the worker (no HTTP), but
        // their ownership resolvers need ResourceOwners (AuthorizationModule, global).
        AuthorizationModule,
        TasksModule,
        // The agency directory names the lead agency in every notice (AgencyDirectoryReader).
        AgenciesModule,
        CommandExecutionModule,
        options.notifierModule ?? NotificationModule,
        DecisionNotifierModule,
        BullModule.registerQueue(
          { name: QUEUES.reminders, defaultJobOptions: reminderJobOptions(options) },
          { name: QUEUES.notices, defaultJobOptions: reminderJobOptions(options) },
        ),
      ],
      providers: [
        { provide: REMINDERS_WORKER_OPTIONS, useValue: options },
        JobHandlerRegistry,
        ReminderQueue,
        ReminderScheduler,
        TaskReminderHandler,
        ReminderReconciliation,
        RedisDataLossWatch,
        RemindersProcessor,
        DecisionNoticeFeed,
        DecisionNoticeHandler,
        NoticesProcessor,
      ],
      exports: [
        ReminderQueue,
        ReminderScheduler,
        ReminderReconciliation,
        RedisDataLossWatch,
        DecisionNoticeFeed,
      ],
    };
  }
}
