import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { PlanDashboard, PlanDetail } from '../../api/standing-office-views';

/** One plan with its indicators and amendments (GET /plans/{planId}). */
export function usePlan(planId: string) {
  return useQuery({
    queryKey: ['plan', planId],
    queryFn: () => unwrap<PlanDetail>(api.GET('/plans/{planId}', { params: { path: { planId } } })),
  });
}

/** The plan's dashboard, for its fan-out groups ("27/40 xã đã hoàn thành"). */
export function usePlanDashboard(planId: string) {
  return useQuery({
    queryKey: ['dashboard', 'plan', planId],
    // Read again on every visit: after a fan-out the counts may have been read mid-way.
    staleTime: 0,
    queryFn: () =>
      unwrap<PlanDashboard>(api.GET('/dashboard/plans/{planId}', { params: { path: { planId } } })),
  });
}
