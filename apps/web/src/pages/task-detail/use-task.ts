import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { AuditPage, HistoryEvent, TaskDetail } from '../../api/views';

// `asOf` (a past day, or undefined for now) is last in every key, so the task's queries keep
// the prefix ['task', taskId] that a command on the task invalidates.

/** The task's state; with `asOf`, as it stood at the end of that day. */
export function useTask(taskId: string, asOf?: string) {
  return useQuery({
    queryKey: ['task', taskId, 'state', asOf ?? null],
    queryFn: () =>
      unwrap<TaskDetail>(api.GET('/tasks/{taskId}', { params: { path: { taskId }, query: { asOf } } })),
  });
}

/** The task's events as they were decided (for the original deadline and the plan's number). */
export function useTaskHistory(taskId: string, asOf?: string) {
  return useQuery({
    queryKey: ['task', taskId, 'history', asOf ?? null],
    queryFn: () =>
      unwrap<{ events: HistoryEvent[] }>(
        api.GET('/tasks/{taskId}/history', { params: { path: { taskId }, query: { asOf } } }),
      ),
  });
}

/**
 * The task's timeline, oldest first: who did what, when, in words. Its own route, as the
 * audit trail is not for officers while their task's history is.
 */
export function useTaskTimeline(taskId: string, asOf?: string) {
  return useQuery({
    queryKey: ['task', taskId, 'timeline', asOf ?? null],
    queryFn: () =>
      unwrap<AuditPage>(
        api.GET('/tasks/{taskId}/timeline', {
          params: { path: { taskId }, query: { limit: 200, asOf } },
        }),
      ),
  });
}
