import { ClockCircleOutlined, FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import type { Role } from '../labels/identity-labels';
import type { Screen } from './screen';
import { lazyPage } from './lazy-page';

const OverduePage = lazyPage(() => import('../pages/overdue/OverduePage'), 'OverduePage');
const PendingPage = lazyPage(() => import('../pages/pending/PendingPage'), 'PendingPage');
const PlansPage = lazyPage(() => import('../pages/plans/PlansPage'), 'PlansPage');
const PlanDetailPage = lazyPage(() => import('../pages/plans/PlanDetailPage'), 'PlanDetailPage');
const PlanImportPage = lazyPage(() => import('../pages/plan-import/PlanImportPage'), 'PlanImportPage');
const GroupPage = lazyPage(() => import('../pages/groups/GroupPage'), 'GroupPage');

/** Who reads the plans and the overdue work of every agency. */
const OVERSIGHT: readonly Role[] = ['standing_office', 'leadership'];

/** The standing office (cơ quan thường trực): plans, the overdue board, what awaits its decision. */
export const standingOfficeScreens: readonly Screen[] = [
  {
    path: '/qua-han',
    menu: { label: 'Việc quá hạn', icon: <ClockCircleOutlined /> },
    // The leadership follows the same work on Tổng quan; one menu entry fewer in its header.
    roles: ['standing_office'],
    element: <OverduePage />,
  },
  {
    path: '/cho-xu-ly',
    menu: { label: 'Chờ xử lý', icon: <InboxOutlined /> },
    roles: ['standing_office'],
    element: <PendingPage />,
  },
  {
    path: '/ke-hoach',
    menu: { label: 'Kế hoạch', icon: <FileTextOutlined /> },
    roles: OVERSIGHT,
    element: <PlansPage />,
  },
  {
    // Opened from "Kế hoạch": the header's menu has no room for one more entry.
    path: '/ke-hoach/nhap-van-ban',
    roles: ['standing_office'],
    element: <PlanImportPage />,
  },
  { path: '/ke-hoach/:planId', roles: OVERSIGHT, element: <PlanDetailPage /> },
  { path: '/nhom/:groupId', roles: OVERSIGHT, element: <GroupPage /> },
];
