import { ClockCircleOutlined, FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import type { Role } from '../labels/identity-labels';
import { OverduePage } from '../pages/overdue/OverduePage';
import { PendingPage } from '../pages/pending/PendingPage';
import { PlansPage } from '../pages/plans/PlansPage';
import { PlanDetailPage } from '../pages/plans/PlanDetailPage';
import { GroupPage } from '../pages/groups/GroupPage';
import type { Screen } from './screen';

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
  { path: '/ke-hoach/:planId', roles: OVERSIGHT, element: <PlanDetailPage /> },
  { path: '/nhom/:groupId', roles: OVERSIGHT, element: <GroupPage /> },
];
