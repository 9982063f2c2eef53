import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { TaskListPage } from '../../api/views';
import { taskListQuery, type TaskFilters } from './task-filters';

/** The query of one page of the task list, shared by the list and by the login that leads to it. */
export function taskListQueryOptions(filters: TaskFilters) {
  return queryOptions({
    queryKey: ['tasks', filters],
    queryFn: () => unwrap<TaskListPage>(api.GET('/tasks', { params: { query: taskListQuery(filters) } })),
  });
}
