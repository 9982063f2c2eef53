import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { TaskListPage } from '../../api/views';

/** The tasks of a fan-out group, one per commune (about forty; the page holds up to 200). */
export function useGroupTasks(groupId: string) {
  return useQuery({
    queryKey: ['tasks', 'group', groupId],
    queryFn: () => unwrap<TaskListPage>(api.GET('/tasks', { params: { query: { groupId, limit: 200 } } })),
  });
}
