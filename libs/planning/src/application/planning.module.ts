import { Module } from '@nestjs/common';
import { CommandExecutionModule } from '@giaoviec/platform';
import { IndicatorOwnership } from './indicator-ownership';
import { PLANNING_COMMAND_HANDLERS } from './planning.handlers';
import { PlanningViews } from './planning.views';
import { PlansController } from './plans.controller';

@Module({
  imports: [CommandExecutionModule],
  controllers: [PlansController],
  providers: [...PLANNING_COMMAND_HANDLERS, PlanningViews, IndicatorOwnership],
  exports: [PlanningViews],
})
export class PlanningModule {}
