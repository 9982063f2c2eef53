import { AuditOutlined, BarChartOutlined, FundOutlined } from '@ant-design/icons';
import type { Role } from '../labels/identity-labels';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { IndicatorsPage } from '../pages/indicators/IndicatorsPage';
import { AuditPage } from '../pages/audit/AuditPage';
import type { Screen } from './screen';

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
    path: '/chi-tieu',
    menu: { label: 'Chỉ tiêu', icon: <FundOutlined /> },
    roles: READERS,
    element: <IndicatorsPage />,
  },
  {
    path: '/nhat-ky',
    menu: { label: 'Nhật ký', icon: <AuditOutlined /> },
    roles: READERS,
    element: <AuditPage />,
  },
];
