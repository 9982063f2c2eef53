import type { AgencyParticipation } from '../shared/read-model.requests';
import type { SqlParams } from '../shared/sql';

/** Tasks an agency takes part in, over rm_tasks aliased `t`: as lead (chủ trì), coordinator (phối hợp) or either. */
export function agencyParticipationSql(
  t: string,
  agencyId: string,
  params: SqlParams,
  participation: AgencyParticipation = 'any',
): string {
  const id = params.add(agencyId);
  const lead = `${t}.lead_agency_id = ${id}`;
  const coordinating = `${t}.coordinating_agency_ids @> ARRAY[${id}]::text[]`;
  if (participation === 'lead') return `(${lead})`;
  if (participation === 'coordinating') return `(${coordinating})`;
  return `(${lead} OR ${coordinating})`;
}

/** The WHERE conditions every task query shares: the actor's scope, then the agency and plan filters. */
export function taskScopeConditions(
  t: string,
  params: SqlParams,
  filter: {
    readonly scopeAgencyId?: string;
    readonly agencyId?: string;
    readonly participation?: AgencyParticipation;
    readonly planId?: string;
  },
): string[] {
  const conditions: string[] = [];
  // An officer or agency head sees the tasks its agency leads or coordinates, whatever else it asks.
  if (filter.scopeAgencyId !== undefined)
    conditions.push(agencyParticipationSql(t, filter.scopeAgencyId, params, 'any'));
  if (filter.agencyId !== undefined)
    conditions.push(agencyParticipationSql(t, filter.agencyId, params, filter.participation));
  if (filter.planId !== undefined) conditions.push(`${t}.plan_id = ${params.add(filter.planId)}`);
  return conditions;
}

export const whereClause = (conditions: readonly string[]) =>
  conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
