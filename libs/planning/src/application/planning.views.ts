import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { StreamCategoryView } from '@giaoviec/platform';
import {
  INDICATOR_EVENT_TYPES,
  INDICATOR_STREAM_PREFIX,
  indicatorDecider,
  PLAN_EVENT_TYPES,
  PLAN_STREAM_PREFIX,
  planDecider,
  type IndicatorEvent,
  type IndicatorState,
  type PlanEvent,
  type PlanState,
} from '../domain';

/** All plans and all indicators, folded from the log (small categories: hundreds, not millions). */
@Injectable()
export class PlanningViews {
  readonly plans: StreamCategoryView<PlanState, PlanEvent>;
  readonly indicators: StreamCategoryView<IndicatorState, IndicatorEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.plans = new StreamCategoryView(store, {
      streamPrefix: PLAN_STREAM_PREFIX,
      eventTypes: PLAN_EVENT_TYPES,
      evolver: planDecider,
    });
    this.indicators = new StreamCategoryView(store, {
      streamPrefix: INDICATOR_STREAM_PREFIX,
      eventTypes: INDICATOR_EVENT_TYPES,
      evolver: indicatorDecider,
    });
  }
}
