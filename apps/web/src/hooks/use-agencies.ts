import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Agency } from '../api/views';

/** Every agency, retired ones included, so an old task still shows its agency's name. */
export const agenciesQueryOptions = queryOptions({
  queryKey: ['agencies', 'all'],
  queryFn: () => unwrap<Agency[]>(api.GET('/agencies', { params: { query: { includeRetired: true } } })),
  staleTime: 5 * 60_000,
});

export function useAgencies() {
  return useQuery(agenciesQueryOptions);
}

/** A function naming an agency by its id; never shows the id itself. */
export function useAgencyName(): (agencyId: string | null | undefined) => string {
  const { data } = useAgencies();
  const byId = new Map((data ?? []).map((agency) => [agency.agencyId, agency]));
  return (agencyId) => {
    if (!agencyId) return '—';
    const agency = byId.get(agencyId);
    return agency ? (agency.shortName ?? agency.name) : 'Đơn vị';
  };
}
