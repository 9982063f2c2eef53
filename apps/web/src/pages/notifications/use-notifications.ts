import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { NotificationsPage } from '../../api/views';

type NotificationsQuery = { limit: number; offset?: number; unreadOnly?: 'true' | 'false' };

export function notificationsQueryOptions(query: NotificationsQuery) {
  return queryOptions({
    queryKey: ['notifications', query],
    queryFn: () => unwrap<NotificationsPage>(api.GET('/notifications', { params: { query } })),
  });
}

/** What the bell in the header asks for: the unread count and the newest one. */
export const BELL_QUERY: NotificationsQuery = { limit: 1 };

export function useNotifications(query: NotificationsQuery, refetchInterval?: number) {
  return useQuery({ ...notificationsQueryOptions(query), refetchInterval });
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
