import { AgencyReadScope } from './read-models/shared/agency-read-scope';
import { Module } from '@nestjs/common';
import { PROJECTIONS } from './projection/projection';
import { AuditController } from './read-models/audit/audit.controller';
import { TaskTimelineController } from './read-models/task-timeline/task-timeline.controller';
import { AuditQueries } from './read-models/audit/audit.queries';
import { DashboardController } from './read-models/dashboard/dashboard.controller';
import { DashboardQueries } from './read-models/dashboard/dashboard.queries';
import { AgencyScoreboardController } from './read-models/scoreboard/agency-scoreboard.controller';
import { AgencyScoreboardQueries } from './read-models/scoreboard/agency-scoreboard.queries';
import { IndicatorsController } from './read-models/indicators/indicators.controller';
import { IndicatorQueries } from './read-models/indicators/indicators.queries';
import { NotificationReads } from './read-models/notifications/notification-reads';
import { NotificationsController } from './read-models/notifications/notifications.controller';
import { NotificationQueries } from './read-models/notifications/notifications.queries';
import { OverdueBoardController } from './read-models/overdue-board/overdue-board.controller';
import { OverdueBoardQueries } from './read-models/overdue-board/overdue-board.queries';
import { readModelProjections } from './read-models/read-model-projections';
import { TaskListController } from './read-models/task-list/task-list.controller';
import { TaskListQueries } from './read-models/task-list/task-list.queries';

/**
 * The read models' projections, under PROJECTIONS, for the projection engine of whichever
 * process imports this (the worker projects, the CLI rebuilds, the API creates the tables
 * of a fresh database). No controllers and no query services: it needs nothing else.
 */
@Module({
  providers: [{ provide: PROJECTIONS, useFactory: readModelProjections }],
  exports: [PROJECTIONS],
})
export class ReadModelProjectionsModule {}

/**
 * The read side of the API: GET /tasks, /dashboard/overdue, /dashboard/agencies,
 * /dashboard/plans/:planId, /dashboard/agency-scoreboard, /dashboard/indicators, /audit, /tasks/:taskId/timeline, /notifications (and marking them
 * read), and the
 * projections (PROJECTIONS). Needs the global ProjectionEngineModule (READ_MODEL_STORE,
 * ReadAfterInterceptor) and the platform's CLOCK.
 */
@Module({
  imports: [ReadModelProjectionsModule],
  controllers: [
    TaskListController,
    OverdueBoardController,
    DashboardController,
    AgencyScoreboardController,
    IndicatorsController,
    AuditController,
    TaskTimelineController,
    NotificationsController,
  ],
  providers: [
    TaskListQueries,
    OverdueBoardQueries,
    DashboardQueries,
    AgencyScoreboardQueries,
    IndicatorQueries,
    AuditQueries,
    NotificationQueries,
    NotificationReads,
    AgencyReadScope,
  ],
  exports: [
    ReadModelProjectionsModule,
    TaskListQueries,
    OverdueBoardQueries,
    DashboardQueries,
    IndicatorQueries,
    AuditQueries,
    NotificationQueries,
  ],
})
export class ReportingModule {}
