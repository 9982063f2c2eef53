import { ApiProperty } from '@nestjs/swagger';
import { IndicatorView } from './indicator.view';
import { PlanView } from './plan.view';

/** GET /plans/{planId}: the plan and its KPI indicators. */
export class PlanWithIndicatorsView extends PlanView {
  @ApiProperty({ type: [IndicatorView] }) indicators!: readonly IndicatorView[];
}
