import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { AgencyDetail, AgencyEntry, UserAccount } from '../../api/admin-views';

/** Every agency, retired ones included, as the administrator keeps them. */
export function useAgencyDirectory() {
  return useQuery({
    queryKey: ['agencies', 'directory'],
    queryFn: () =>
      unwrap<AgencyEntry[]>(api.GET('/agencies', { params: { query: { includeRetired: true } } })),
  });
}

/** One agency with its version, read when a form opens so the command carries what was seen. */
export function useAgencyDetail(agencyId: string) {
  return useQuery({
    queryKey: ['agencies', 'detail', agencyId],
    queryFn: () => unwrap<AgencyDetail>(api.GET('/agencies/{agencyId}', { params: { path: { agencyId } } })),
    staleTime: 0,
  });
}

/** Every user account, deactivated ones included. */
export function useUserAccounts() {
  return useQuery({
    queryKey: ['users', 'accounts'],
    queryFn: () =>
      unwrap<UserAccount[]>(api.GET('/users', { params: { query: { includeDeactivated: true } } })),
  });
}

/** After a command: every list of agencies and users (the menus' too) reads again. */
export function useRefreshAdminData(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['agencies'] }),
      client.invalidateQueries({ queryKey: ['users'] }),
    ]);
  };
}
