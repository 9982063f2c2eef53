import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { TaskListPage } from '../../api/views';

/**
 * The tasks of a fan-out group, one per commune (about forty; the page holds up to 200).
 * `assigned`: how many were just assigned; read again until every commune's task is there,
 * since right after the assignment the read models may hold only some of them.
 */
export function useGroupTasks(groupId: string, assigned?: number) {
  return useQuery({
    queryKey: ['tasks', 'group', groupId],
    queryFn: () => unwrap<TaskListPage>(api.GET('/tasks', { params: { query: { groupId, limit: 200 } } })),
    refetchInterval: (query) =>
      assigned !== undefined && (query.state.data?.items.length ?? 0) < assigned ? 500 : false,
  });
}
