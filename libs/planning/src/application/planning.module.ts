import { Module } from '@nestjs/common';
import { AgenciesModule } from '@giaoviec/agencies';
import { CommandExecutionModule } from '@giaoviec/platform';
import { PlanImportController } from './import-plan-draft/plan-import.controller';
import { IndicatorOwnership } from './indicator-ownership';
import { PLANNING_COMMAND_HANDLERS } from './planning.handlers';
import { PlanningViews } from './planning.views';
import { IndicatorValuesController } from './indicator-values.controller';
import { PlansController } from './plans.controller';

@Module({
  imports: [CommandExecutionModule, AgenciesModule],
  // Before PlansController, so 'import-drafts' is not read as a plan id.
  controllers: [PlanImportController, PlansController, IndicatorValuesController],
  providers: [...PLANNING_COMMAND_HANDLERS, PlanningViews, IndicatorOwnership],
  exports: [PlanningViews],
})
export class PlanningModule {}
