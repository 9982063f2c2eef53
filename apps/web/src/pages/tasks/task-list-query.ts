import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { SessionUser } from '../../api/session-store';
import type { CategoryCounts, TaskListPage } from '../../api/views';
import { can } from '../../session/permissions';
import { agenciesQueryOptions } from '../../hooks/use-agencies';
import { plansQueryOptions } from '../../hooks/use-plans';
import { BELL_QUERY, notificationsQueryOptions } from '../notifications/use-notifications';
import { filtersFrom, taskListQuery, type TaskFilters } from './task-filters';

/** The query of one page of the task list, shared by the list and by the login that leads to it. */
export function taskListQueryOptions(filters: TaskFilters) {
  return queryOptions({
    queryKey: ['tasks', filters],
    queryFn: () => unwrap<TaskListPage>(api.GET('/tasks', { params: { query: taskListQuery(filters) } })),
  });
}

/** The counts per status above the list: the agency's own, or any agency's for those who read everything. */
export function taskCountsQueryOptions(filters: TaskFilters, user: SessionUser) {
  const agencyId = can(user.role, 'read.everything') ? filters.agencyId : user.agencyId;
  return queryOptions({
    queryKey: ['task-counts', filters.planId, filters.agencyId, user.agencyId, filters.asOf ?? null],
    queryFn: () =>
      unwrap<{ totals: CategoryCounts }>(
        api.GET('/dashboard/agencies', {
          params: { query: { planId: filters.planId, agencyId, asOf: filters.asOf } },
        }),
      ),
  });
}

/**
 * Everything the task list and the header around it show, asked for at once while the login
 * finishes: the screen then renders once, complete, instead of once per answer as each
 * arrives (each render of twenty rows costs a phone a noticeable moment).
 */
export async function prefetchTaskListScreen(queryClient: QueryClient, user: SessionUser): Promise<void> {
  const filters = filtersFrom(new URLSearchParams());
  await Promise.all([
    queryClient.prefetchQuery(taskListQueryOptions(filters)),
    queryClient.prefetchQuery(taskCountsQueryOptions(filters, user)),
    queryClient.prefetchQuery(plansQueryOptions),
    queryClient.prefetchQuery(agenciesQueryOptions),
    queryClient.prefetchQuery(notificationsQueryOptions(BELL_QUERY)),
  ]);
}
