/**
 * The communes of Huế city (UBND các phường, xã): every task a document gives to
 * "UBND các phường, xã" fans out to one task per active commune.
 *
 * THE SEED DOCUMENTS DO NOT LIST THE COMMUNES. This list is the commune-level units of Huế
 * city after the 2025 reorganisation (Nghị quyết 1675/NQ-UBTVQH15 of 2025 of the Standing
 * Committee of the National Assembly on the arrangement of the commune-level units of Huế
 * city, in force from 1 July 2025): 40 units, 21 phường and 19 xã. The names were checked
 * against two independent public lists of the new units, which agree with each other and with
 * this one. VERIFY AGAINST THE RESOLUTION BEFORE PRODUCTION USE.
 *
 * Not included: the official administrative unit codes (mã đơn vị hành chính), which were not
 * verified; add them as `code` once checked.
 *
 * To correct a name, edit it here: the agency id is derived from the name, so a corrected
 * name registers a new agency on a database that was not seeded yet. On a database already
 * seeded, rename the agency (POST /agencies/{agencyId}/rename) instead: nothing is deleted.
 */
import type { SeedAgency } from './seed-types';

export type CommuneType = 'phường' | 'xã';

export interface SeedCommune {
  readonly type: CommuneType;
  /** The unit's own name, without 'phường'/'xã', e.g. 'Thuận Hóa'. */
  readonly name: string;
}

const phuong = (name: string): SeedCommune => ({ type: 'phường', name });
const xa = (name: string): SeedCommune => ({ type: 'xã', name });

export const COMMUNES_SOURCE =
  'Nghị quyết 1675/NQ-UBTVQH15 (2025) về sắp xếp các đơn vị hành chính cấp xã của thành phố Huế: ' +
  '40 đơn vị (21 phường, 19 xã) từ 01/7/2025. Not in the seed documents; verify before production use.';

export const HUE_COMMUNES: readonly SeedCommune[] = [
  // 21 phường
  phuong('An Cựu'),
  phuong('Dương Nỗ'),
  phuong('Hóa Châu'),
  phuong('Hương An'),
  phuong('Hương Thủy'),
  phuong('Hương Trà'),
  phuong('Kim Long'),
  phuong('Kim Trà'),
  phuong('Mỹ Thượng'),
  phuong('Phong Dinh'),
  phuong('Phong Điền'),
  phuong('Phong Phú'),
  phuong('Phong Quảng'),
  phuong('Phong Thái'),
  phuong('Phú Bài'),
  phuong('Phú Xuân'),
  phuong('Thanh Thủy'),
  phuong('Thuận An'),
  phuong('Thuận Hóa'),
  phuong('Thủy Xuân'),
  phuong('Vỹ Dạ'),
  // 19 xã
  xa('A Lưới 1'),
  xa('A Lưới 2'),
  xa('A Lưới 3'),
  xa('A Lưới 4'),
  xa('A Lưới 5'),
  xa('Bình Điền'),
  xa('Chân Mây - Lăng Cô'),
  xa('Đan Điền'),
  xa('Hưng Lộc'),
  xa('Khe Tre'),
  xa('Lộc An'),
  xa('Long Quảng'),
  xa('Nam Đông'),
  xa('Phú Hồ'),
  xa('Phú Lộc'),
  xa('Phú Vang'),
  xa('Phú Vinh'),
  xa('Quảng Điền'),
  xa('Vinh Lộc'),
];

/** 'Chân Mây - Lăng Cô' → 'chan-may-lang-co'; 'Đan Điền' → 'dan-dien'. */
export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 'phuong-thuan-hoa', 'xa-a-luoi-1'. */
export function communeAgencyId(commune: SeedCommune): string {
  return `${commune.type === 'phường' ? 'phuong' : 'xa'}-${slugOf(commune.name)}`;
}

export function communeAgency(commune: SeedCommune): SeedAgency {
  const typeName = commune.type === 'phường' ? 'Phường' : 'Xã';
  return {
    agencyId: communeAgencyId(commune),
    name: `UBND ${commune.type} ${commune.name}`,
    shortName: `${typeName} ${commune.name}`,
    kind: 'commune',
    sources: [],
    note: COMMUNES_SOURCE,
  };
}

export const COMMUNE_AGENCIES: readonly SeedAgency[] = HUE_COMMUNES.map(communeAgency);
