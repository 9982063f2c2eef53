/** The filters of the audit trail, as GET /audit takes them (from/to are days in Huế). */
export interface AuditFilters {
  actorUserId?: string;
  agencyId?: string;
  planId?: string;
  taskId?: string;
  from?: string;
  to?: string;
}

/** The query string of an export with the same filters as the screen. */
export function exportPath(filters: AuditFilters, format: 'csv' | 'xlsx'): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return `/audit?${query.toString()}`;
}
