/** The filters of the audit trail, as GET /audit takes them (from/to are days in Huế). */
export interface AuditFilters {
  actorUserId?: string;
  agencyId?: string;
  planId?: string;
  taskId?: string;
  from?: string;
  to?: string;
}

const KEYS = ['actorUserId', 'agencyId', 'planId', 'taskId', 'from', 'to'] as const;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The filters from the address, which keeps them so a filtered trail can be shared and
 * survives a reload. A day typed in wrong is left out rather than sent to be refused; a
 * task only counts within its plan, as the screen picks it.
 */
export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  if (filters.from && !LOCAL_DATE.test(filters.from)) delete filters.from;
  if (filters.to && !LOCAL_DATE.test(filters.to)) delete filters.to;
  if (!filters.planId) delete filters.taskId;
  return filters;
}

/** The filters as query parameters, the unset ones left out. */
export function auditParamsFrom(filters: AuditFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  return query;
}

/** The query string of an export with the same filters as the screen. */
export function exportPath(filters: AuditFilters, format: 'csv' | 'xlsx'): string {
  const query = auditParamsFrom(filters);
  query.set('format', format);
  return `/audit?${query.toString()}`;
}
