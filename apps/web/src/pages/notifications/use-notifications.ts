import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { NotificationsPage } from '../../api/views';

export function useNotifications(
  query: { limit: number; offset?: number; unreadOnly?: 'true' | 'false' },
  refetchInterval?: number,
) {
  return useQuery({
    queryKey: ['notifications', query],
    queryFn: () => unwrap<NotificationsPage>(api.GET('/notifications', { params: { query } })),
    refetchInterval,
  });
}

/** Marking read changes the bell and the list: both are refetched. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const one = useMutation({
    mutationFn: (notificationId: string) =>
      unwrap(api.POST('/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
    onSuccess: done,
  });
  const all = useMutation({
    mutationFn: () => unwrap(api.POST('/notifications/read-all', {})),
    onSuccess: done,
  });
  return { one, all };
}
