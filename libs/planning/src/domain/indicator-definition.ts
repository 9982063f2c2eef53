import { DecisionContext, Decider, unprocessable } from '@giaoviec/kernel';
import { DefineIndicator } from './indicator-commands';
import { indicatorDecider } from './indicator-decider';
import { IndicatorDefined, indicatorStreamId } from './indicator-events';
import { initialIndicatorState } from './indicator-state';
import {
  evolvePlanAndIndicators,
  initialPlanAndIndicatorsState,
  PlanAndIndicatorsState,
  PlanningEvent,
} from './plan-and-indicators';
import { describePlan, requireOpenPlan } from './plan-decider';

/**
 * Defines an indicator under its plan: the plan must be issued and open, and every target
 * year must lie within the plan's period; then the indicator's own rules apply.
 * The events go to `indicatorStreamId(command.data.indicatorId)`.
 */
export function decideIndicatorDefinition(
  command: DefineIndicator,
  state: PlanAndIndicatorsState,
  context: DecisionContext,
): IndicatorDefined[] {
  const { planId, indicatorId } = command.data;
  const plan = requireOpenPlan(state.plan, planId, 'given new indicators');
  const events = indicatorDecider
    .decide(command, state.indicators[indicatorId] ?? initialIndicatorState(), context)
    .filter((event): event is IndicatorDefined => event.type === 'IndicatorDefined');
  const [from, to] = [Number(plan.period.from.slice(0, 4)), Number(plan.period.to.slice(0, 4))];
  for (const event of events) {
    const outside = event.data.targets
      .filter((target) => target.year < from || target.year > to)
      .map((target) => target.year);
    if (outside.length > 0) {
      throw unprocessable(
        'indicator.target_outside_plan_period',
        `Indicator ${indicatorId} sets targets for ${outside.join(', ')}, outside the period of ${describePlan(plan)} ` +
          `(${plan.period.from} to ${plan.period.to}).`,
        { indicatorId, planId, years: outside },
      );
    }
  }
  return events;
}

/** Where the events of `decideIndicatorDefinition` go. */
export const indicatorDefinitionStreamId = (command: DefineIndicator): string =>
  indicatorStreamId(command.data.indicatorId);

/** `decideIndicatorDefinition` as a decider, for given/when/then tests. */
export const indicatorDefinitionDecider: Decider<PlanAndIndicatorsState, DefineIndicator, PlanningEvent> = {
  decide: decideIndicatorDefinition,
  evolve: evolvePlanAndIndicators,
  initialState: initialPlanAndIndicatorsState,
};
