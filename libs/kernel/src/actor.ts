/** Who issued a command: taken from the request pipeline, never from a handler. */
export const ROLES = ['officer', 'agency_head', 'standing_office', 'leadership', 'admin', 'system'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  readonly userId: string;
  readonly agencyId: string;
  readonly role: Role;
}
