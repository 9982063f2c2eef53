/** Who issued a command: taken from the request pipeline, never from a handler. */
export const ROLES = ['officer', 'agency_head', 'standing_office', 'leadership', 'admin', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** What each role is called in Vietnamese, as a sentence names it (lower case). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  officer: 'cán bộ',
  agency_head: 'lãnh đạo đơn vị',
  standing_office: 'cơ quan thường trực',
  leadership: 'lãnh đạo thành phố',
  admin: 'quản trị viên',
  system: 'hệ thống',
};

/** The Vietnamese word of a role; anything else shows as itself. */
export function roleLabel(role: unknown): string {
  return typeof role === 'string' && role in ROLE_LABELS ? ROLE_LABELS[role as Role] : String(role);
}

export interface Actor {
  readonly userId: string;
  readonly agencyId: string;
  readonly role: Role;
}
