import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { PlanSummary } from '../api/views';

export function usePlans() {
  return useQuery({
    queryKey: ['plans'],
    queryFn: () => unwrap<PlanSummary[]>(api.GET('/plans')),
    staleTime: 60_000,
  });
}

/** "Kế hoạch 495/KH-UBND", or its title when the document gives no number. */
export function planLabel(plan: Pick<PlanSummary, 'number' | 'title'>): string {
  return plan.number ? `Kế hoạch ${plan.number}` : plan.title;
}
