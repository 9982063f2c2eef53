import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { TaskListItem, TaskListPage } from '../../api/views';

/** Beyond this many tasks a screen asks for a summary from the API rather than reading every task. */
export const ALL_TASKS_LIMIT = 2000;

/**
 * Every task of a plan (or of every plan), read page by page from GET /tasks, when there
 * are at most ALL_TASKS_LIMIT of them; `tooMany` says when there were more.
 */
export function useAllTasks(planId: string | undefined, enabled = true, asOf?: string) {
  return useQuery({
    queryKey: ['all-tasks', planId ?? 'every-plan', asOf ?? null],
    enabled,
    staleTime: 60_000,
    queryFn: async (): Promise<{ tasks: TaskListItem[]; today: string; tooMany: boolean }> => {
      const tasks: TaskListItem[] = [];
      let cursor: string | undefined;
      let today = '';
      do {
        const page = await unwrap<TaskListPage>(
          api.GET('/tasks', { params: { query: { planId, asOf, limit: 200, cursor } } }),
        );
        today = page.today;
        if (page.total > ALL_TASKS_LIMIT) return { tasks: [], today, tooMany: true };
        tasks.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return { tasks, today, tooMany: false };
    },
  });
}
