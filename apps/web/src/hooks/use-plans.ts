import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { PlanSummary } from '../api/views';

/** Every plan, newest first; shared by the screens and the login that prefetches them. */
export const plansQueryOptions = queryOptions({
  queryKey: ['plans'],
  queryFn: () => unwrap<PlanSummary[]>(api.GET('/plans')),
  staleTime: 60_000,
});

export function usePlans() {
  return useQuery(plansQueryOptions);
}

/** "Kế hoạch 495/KH-UBND", or its title when the document gives no number. */
export function planLabel(plan: Pick<PlanSummary, 'number' | 'title'>): string {
  return plan.number ? `Kế hoạch ${plan.number}` : plan.title;
}
