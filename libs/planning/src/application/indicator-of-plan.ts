import { notFound } from '@giaoviec/kernel';
import type { EventSourcedExecutor } from '@giaoviec/platform';
import { indicatorDecider, indicatorStreamId, type DefinedIndicator, type IndicatorState } from '../domain';

/** The indicator named by a route under /plans/{planId}: a 404 unless it belongs to that plan. */
export async function loadIndicatorOfPlan(
  executor: EventSourcedExecutor,
  planId: string,
  indicatorId: string,
): Promise<{ state: DefinedIndicator; version: number }> {
  const { state, version } = await executor.load<IndicatorState, never>(
    indicatorStreamId(indicatorId),
    indicatorDecider,
  );
  if (state.status === 'not_defined' || state.planId !== planId) {
    throw notFound('indicator.not_found', `Plan ${planId} has no indicator ${indicatorId}.`, {
      planId,
      indicatorId,
    });
  }
  return { state, version };
}
