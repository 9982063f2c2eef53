import { fold } from '@giaoviec/kernel';
import { IndicatorEvent, INDICATOR_EVENT_TYPES, isIndicatorEvent } from './indicator-events';
import { evolveIndicator, IndicatorState, initialIndicatorState } from './indicator-state';
import { PlanEvent, PLAN_EVENT_TYPES } from './plan-events';
import { evolvePlan, initialPlanState, PlanState } from './plan-state';

export type PlanningEvent = PlanEvent | IndicatorEvent;

/**
 * The states of one plan stream and of the indicator streams a decision touches: what a
 * decision spanning a plan and its indicators (an amendment, a new indicator) is made on.
 */
export interface PlanAndIndicatorsState {
  readonly plan: PlanState;
  /** By indicator id; an indicator missing here has not been defined (as far as the decision knows). */
  readonly indicators: Readonly<Record<string, IndicatorState>>;
}

export function initialPlanAndIndicatorsState(): PlanAndIndicatorsState {
  return { plan: initialPlanState(), indicators: {} };
}

/** Routes each event to the state of its stream: plan events to the plan, indicator events to their indicator. */
export function evolvePlanAndIndicators(
  state: PlanAndIndicatorsState,
  event: PlanningEvent,
): PlanAndIndicatorsState {
  if (isIndicatorEvent(event)) {
    const id = event.data.indicatorId;
    return {
      ...state,
      indicators: {
        ...state.indicators,
        [id]: evolveIndicator(state.indicators[id] ?? initialIndicatorState(), event),
      },
    };
  }
  return { ...state, plan: evolvePlan(state.plan, event) };
}

/** Builds the state from streams the application layer has read, each folded on its own. */
export function planAndIndicatorsState(
  planEvents: readonly PlanEvent[],
  indicatorEvents: Readonly<Record<string, readonly IndicatorEvent[]>>,
): PlanAndIndicatorsState {
  const indicators: Record<string, IndicatorState> = {};
  for (const [indicatorId, events] of Object.entries(indicatorEvents)) {
    indicators[indicatorId] = fold({ evolve: evolveIndicator, initialState: initialIndicatorState }, events);
  }
  return { plan: fold({ evolve: evolvePlan, initialState: initialPlanState }, planEvents), indicators };
}

/** Every event type of the planning context, plans and indicators. */
export const PLANNING_EVENT_TYPES: readonly PlanningEvent['type'][] = [
  ...PLAN_EVENT_TYPES,
  ...INDICATOR_EVENT_TYPES,
];
