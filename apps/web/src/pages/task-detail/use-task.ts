import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { AuditPage, HistoryEvent, TaskDetail } from '../../api/views';

export function useTask(taskId: string) {
  return useQuery({
    queryKey: ['task', taskId],
    queryFn: () => unwrap<TaskDetail>(api.GET('/tasks/{taskId}', { params: { path: { taskId } } })),
  });
}

/** The task's events as they were decided (for the original deadline and the plan's number). */
export function useTaskHistory(taskId: string) {
  return useQuery({
    queryKey: ['task', taskId, 'history'],
    queryFn: () =>
      unwrap<{ events: HistoryEvent[] }>(
        api.GET('/tasks/{taskId}/history', { params: { path: { taskId } } }),
      ),
  });
}

/**
 * The task's timeline, oldest first: who did what, when, in words. Its own route, as the
 * audit trail is not for officers while their task's history is.
 */
export function useTaskTimeline(taskId: string) {
  return useQuery({
    queryKey: ['task', taskId, 'timeline'],
    queryFn: () =>
      unwrap<AuditPage>(
        api.GET('/tasks/{taskId}/timeline', { params: { path: { taskId }, query: { limit: 200 } } }),
      ),
  });
}
