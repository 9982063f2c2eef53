import type { Actor } from '@giaoviec/kernel';

/**
 * The agencies of a country-sized deployment: 700 departments (Sở, ban, ngành of every
 * province) and 3,300 communes (the number of commune-level units after the 2025 merger).
 * Ids are zero-padded so they sort like the real directory would.
 */
export const NATIONAL_DEPARTMENTS = 700;
export const NATIONAL_COMMUNES = 3_300;

/** The standing office every benchmark plan names, and who assigns the tasks. */
export const BENCH_STANDING_OFFICE_ID = 'so-khcn';

export function departmentId(index: number): string {
  return `so-bench-${String(index + 1).padStart(4, '0')}`;
}

export function communeId(index: number): string {
  return `xa-bench-${String(index + 1).padStart(4, '0')}`;
}

export function planId(index: number): string {
  return `kh-bench-${String(index + 1).padStart(3, '0')}`;
}

export function standingOfficeActor(): Actor {
  return { userId: 'u-bench-vanphong', agencyId: BENCH_STANDING_OFFICE_ID, role: 'standing_office' };
}

export function officerOf(agencyId: string): Actor {
  return { userId: `u-bench-${agencyId}`, agencyId, role: 'officer' };
}
