import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { UserSummary } from '../../api/leadership-views';
import { ApiError } from '../../api/problem';

/** The user accounts, for picking who did something; `forbidden` when the role may not list them. */
export function useUsers() {
  const users = useQuery({
    queryKey: ['users', 'with-deactivated'],
    queryFn: () =>
      unwrap<UserSummary[]>(api.GET('/users', { params: { query: { includeDeactivated: true } } })),
    staleTime: 5 * 60_000,
    retry: false,
  });
  const forbidden = users.error instanceof ApiError && users.error.status === 403;
  return { ...users, forbidden };
}
