import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { AuditPage } from '../../api/views';
import type { AuditFilters } from './audit-filters';

const PAGE_SIZE = 50;

/** The audit trail, newest first, a page at a time by the API's cursor ("Xem thêm"). */
export function useAuditTrail(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap<AuditPage>(
        api.GET('/audit', {
          params: {
            query: { ...filters, limit: PAGE_SIZE, cursor: pageParam },
            header: { accept: 'application/json' },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
