import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { PendingTaskPage } from '../../api/standing-office-views';

export type PendingKind = 'extension' | 'review';

/** GET /tasks?pending=…: extension requests awaiting a decision, or completions awaiting review. */
export function usePendingTasks(pending: PendingKind) {
  return useQuery({
    queryKey: ['tasks', 'pending', pending],
    // A queue: read afresh on every visit and once a minute while open.
    staleTime: 0,
    refetchInterval: 60_000,
    queryFn: () => {
      // `pending` is newer than the generated openapi.d.ts; the API validates it.
      const query = { pending, limit: 200 } as { limit: number };
      return unwrap<PendingTaskPage>(api.GET('/tasks', { params: { query } }));
    },
  });
}
