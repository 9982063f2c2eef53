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

/** The audit trail of the task, oldest first: who did what, when, in words. */
export function useTaskAudit(taskId: string) {
  return useQuery({
    queryKey: ['task', taskId, 'audit'],
    queryFn: () =>
      unwrap<AuditPage>(
        api.GET('/audit', {
          params: { query: { taskId, order: 'asc', limit: 500 }, header: { accept: 'application/json' } },
        }),
      ),
  });
}
