import { WorkingDayCalendarController } from './calendar/working-day-calendar.controller';
import { Module } from '@nestjs/common';
import { AgenciesModule } from '@giaoviec/agencies';
import { EvidenceModule } from '@giaoviec/evidence';
import { CommandExecutionModule } from '@giaoviec/platform';
import { AgencyMergesController } from './agency-merges.controller';
import { AssignTaskHandler } from './assign-task.handler';
import { ExecuteTaskCommandHandler } from './execute-task-command.handler';
import { MergeAgenciesHandler } from './merge-agencies.handler';
import { OpenTasksOfAgencies } from './open-tasks-of-agencies';
import { PlanTasksController } from './plan-tasks.controller';
import { TaskOwnership } from './task-ownership';
import { TasksController } from './tasks.controller';
import { TaskDiscussionController } from './task-discussion.controller';
import { TaskEvidenceController } from './task-evidence.controller';

@Module({
  imports: [CommandExecutionModule, AgenciesModule, EvidenceModule],
  controllers: [
    PlanTasksController,
    TasksController,
    TaskEvidenceController,
    TaskDiscussionController,
    AgencyMergesController,
    WorkingDayCalendarController,
  ],
  providers: [
    ExecuteTaskCommandHandler,
    AssignTaskHandler,
    MergeAgenciesHandler,
    OpenTasksOfAgencies,
    TaskOwnership,
  ],
})
export class TasksModule {}
