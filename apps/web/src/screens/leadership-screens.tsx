import { AuditOutlined, BarChartOutlined, FundOutlined, TrophyOutlined } from '@ant-design/icons';
import type { Role } from '../labels/identity-labels';
import type { Screen } from './screen';
import { lazyPage } from './lazy-page';

const DashboardPage = lazyPage(() => import('../pages/dashboard/DashboardPage'), 'DashboardPage');
const IndicatorsPage = lazyPage(() => import('../pages/indicators/IndicatorsPage'), 'IndicatorsPage');
const AgencyScoreboardPage = lazyPage(
  () => import('../pages/scoreboard/AgencyScoreboardPage'),
  'AgencyScoreboardPage',
);
const AuditPage = lazyPage(() => import('../pages/audit/AuditPage'), 'AuditPage');

/** The Steering Committee reads these; the standing office, which prepares its meetings, too. */
const READERS: readonly Role[] = ['leadership', 'standing_office'];

/** What the leadership follows: the agencies' progress, the plans' indicators, who did what. */
export const leadershipScreens: readonly Screen[] = [
  {
    path: '/tong-quan',
    menu: { label: 'Tổng quan', icon: <BarChartOutlined /> },
    roles: READERS,
    element: <DashboardPage />,
  },
  {
    path: '/xep-hang-don-vi',
    menu: { label: 'Xếp hạng', icon: <TrophyOutlined /> },
    roles: READERS,
    element: <AgencyScoreboardPage />,
  },
  {
    path: '/chi-tieu',
    menu: { label: 'Chỉ tiêu', icon: <FundOutlined /> },
    // The agencies answering for an indicator report its values here.
    roles: [...READERS, 'officer', 'agency_head'],
    element: <IndicatorsPage />,
  },
  {
    path: '/nhat-ky',
    menu: { label: 'Nhật ký', icon: <AuditOutlined /> },
    roles: READERS,
    element: <AuditPage />,
  },
];
