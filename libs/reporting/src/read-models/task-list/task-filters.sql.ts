import type { AgencyParticipation } from '../shared/read-model.requests';
import type { SqlParams } from '../shared/sql';

/**
 * Tasks an agency takes part in, over rm_tasks aliased `t`: as lead (chủ trì), coordinator
 * (phối hợp) or either; given several agencies (a department and its units), any of them.
 */
export function agencyParticipationSql(
  t: string,
  agencyIds: string | readonly string[],
  params: SqlParams,
  participation: AgencyParticipation = 'any',
): string {
  const ids = typeof agencyIds === 'string' ? [agencyIds] : agencyIds;
  // One agency, the common case, keeps the plain equality the indexes were laid out for.
  const single = ids.length === 1 ? params.add(ids[0]) : null;
  const many = single === null ? `${params.add(ids)}::text[]` : null;
  const lead = single !== null ? `${t}.lead_agency_id = ${single}` : `${t}.lead_agency_id = ANY(${many})`;
  const coordinating =
    single !== null
      ? `${t}.coordinating_agency_ids @> ARRAY[${single}]::text[]`
      : `${t}.coordinating_agency_ids && ${many}`;
  if (participation === 'lead') return `(${lead})`;
  if (participation === 'coordinating') return `(${coordinating})`;
  return `(${lead} OR ${coordinating})`;
}

/** The WHERE conditions every task query shares: the actor's scope, then the agency and plan filters. */
export function taskScopeConditions(
  t: string,
  params: SqlParams,
  filter: {
    readonly scopeAgencyIds?: readonly string[];
    readonly agencyId?: string;
    readonly participation?: AgencyParticipation;
    readonly planId?: string;
  },
): string[] {
  const conditions: string[] = [];
  // An officer sees the tasks its agency leads or coordinates, an agency head also its units',
  // whatever else they ask.
  if (filter.scopeAgencyIds !== undefined)
    conditions.push(agencyParticipationSql(t, filter.scopeAgencyIds, params, 'any'));
  if (filter.agencyId !== undefined)
    conditions.push(agencyParticipationSql(t, filter.agencyId, params, filter.participation));
  if (filter.planId !== undefined) conditions.push(`${t}.plan_id = ${params.add(filter.planId)}`);
  return conditions;
}

export const whereClause = (conditions: readonly string[]) =>
  conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
