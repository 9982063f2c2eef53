export type Role = 'officer' | 'agency_head' | 'standing_office' | 'leadership' | 'admin';

export const ROLE_LABELS: Record<Role, string> = {
  officer: 'Cán bộ',
  agency_head: 'Lãnh đạo đơn vị',
  standing_office: 'Cơ quan thường trực',
  leadership: 'Lãnh đạo, Ban Chỉ đạo',
  admin: 'Quản trị hệ thống',
};

export const AGENCY_KIND_LABELS: Record<string, string> = {
  department: 'Sở, ban, ngành',
  commune: 'UBND phường, xã',
  other: 'Cơ quan, đơn vị khác',
  ministry: 'Bộ, ngành Trung ương',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? 'Vai trò khác';
}
