import { ROLE_LABELS, type Role } from '../../labels/identity-labels';
import type { AgencyEntry } from '../../api/admin-views';

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));

/** The agencies a person can belong to: the active ones, by name. */
export function activeAgencyOptions(agencies: readonly AgencyEntry[]) {
  return agencies
    .filter((agency) => agency.active)
    .map((agency) => ({ value: agency.agencyId, label: agency.name }));
}
