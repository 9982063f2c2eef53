/**
 * What sort of unit an agency is.
 * - `department`: a Sở, ban, ngành of the city (e.g. Sở Khoa học và Công nghệ).
 * - `commune`: a commune-level People's Committee (UBND phường, xã).
 * - `other`: every other unit work is assigned to: the Steering Committee (Ban Chỉ đạo),
 *   centres, associations, universities, the State Bank branch of Region 9...
 * - `ministry`: a ministry of the central government (Bộ Khoa học và Công nghệ, Bộ Xây dựng)
 *   the city reports to. The city's plans name them as recipients, not as doers of its work.
 */
export const AGENCY_KINDS = ['department', 'commune', 'other', 'ministry'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export function isAgencyKind(value: unknown): value is AgencyKind {
  return typeof value === 'string' && (AGENCY_KINDS as readonly string[]).includes(value);
}
