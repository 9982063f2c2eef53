import type { Role } from '@giaoviec/kernel';
import { COMMUNE_AGENCIES, STANDING_OFFICE_ID, STEERING_COMMITTEE_ID } from '../data';

/**
 * DEMO ONLY. One account per role, so a new user can see the system from every side.
 * They share one publicly known password: never load them into a real deployment.
 */
export const DEMO_PASSWORD = 'demo-giaoviec-2026';

export interface DemoAccount {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: string;
  readonly role: Exclude<Role, 'system'>;
}

const firstCommune = COMMUNE_AGENCIES[0];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    userId: 'demo-admin',
    username: 'demo.admin',
    displayName: '[Demo] Quản trị hệ thống',
    agencyId: 'van-phong-ubnd',
    role: 'admin',
  },
  {
    userId: 'demo-thuong-truc',
    username: 'demo.thuongtruc',
    displayName: '[Demo] Chuyên viên Sở Khoa học và Công nghệ (thường trực)',
    agencyId: STANDING_OFFICE_ID,
    role: 'standing_office',
  },
  {
    // The seed documents name no responsible agency for any KPI indicator other than Sở Khoa học
    // và Công nghệ (it sums up the KPI results: document 001, III): its officer reports them.
    userId: 'demo-can-bo-khcn',
    username: 'demo.canbo.khcn',
    displayName: '[Demo] Cán bộ Sở Khoa học và Công nghệ',
    agencyId: STANDING_OFFICE_ID,
    role: 'officer',
  },
  {
    userId: 'demo-lanh-dao',
    username: 'demo.lanhdao',
    displayName: '[Demo] Thành viên Ban Chỉ đạo',
    agencyId: STEERING_COMMITTEE_ID,
    role: 'leadership',
  },
  {
    userId: 'demo-giam-doc-stc',
    username: 'demo.giamdoc.stc',
    displayName: '[Demo] Lãnh đạo Sở Tài chính',
    agencyId: 'so-tai-chinh',
    role: 'agency_head',
  },
  {
    userId: 'demo-can-bo-stc',
    username: 'demo.canbo.stc',
    displayName: '[Demo] Cán bộ Sở Tài chính',
    agencyId: 'so-tai-chinh',
    role: 'officer',
  },
  {
    userId: 'demo-can-bo-xa',
    username: 'demo.canbo.xa',
    displayName: `[Demo] Cán bộ ${firstCommune.name}`,
    agencyId: firstCommune.agencyId,
    role: 'officer',
  },
];

export const demoAccount = (userId: string): DemoAccount => {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.userId === userId);
  if (!account) throw new Error(`No demo account ${userId}`);
  return account;
};
