import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { OverdueBoard, OverdueTask } from '../../api/standing-office-views';

const PAGE = 200;
/** Enough for a city's overdue work; beyond it the board says how many it did not show. */
const MOST = 2000;

/** Every overdue task (GET /dashboard/overdue, page by page), oldest deadline first; as of a past day with `asOf`. */
export function useOverdueBoard(planId: string | undefined, asOf?: string) {
  return useQuery({
    queryKey: ['dashboard', 'overdue', planId ?? null, asOf ?? null],
    staleTime: 0,
    refetchInterval: 60_000,
    queryFn: async () => {
      const items: OverdueTask[] = [];
      let board: OverdueBoard | undefined;
      do {
        board = await unwrap<OverdueBoard>(
          api.GET('/dashboard/overdue', {
            params: { query: { planId, asOf, limit: PAGE, offset: items.length } },
          }),
        );
        items.push(...board.items);
      } while (board.items.length === PAGE && items.length < Math.min(board.total, MOST));
      return { today: board.today, total: board.total, items };
    },
  });
}

/** The tasks by lead agency, the agency with the most overdue work first. */
export function byLeadAgency(items: readonly OverdueTask[]) {
  const groups = new Map<string, { agencyId: string; agencyName: string | null; tasks: OverdueTask[] }>();
  for (const task of items) {
    const group = groups.get(task.leadAgencyId) ?? {
      agencyId: task.leadAgencyId,
      agencyName: task.leadAgencyName,
      tasks: [],
    };
    group.tasks.push(task);
    groups.set(task.leadAgencyId, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.tasks.length - a.tasks.length || (a.agencyName ?? '').localeCompare(b.agencyName ?? '', 'vi'),
  );
}
