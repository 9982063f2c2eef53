import { ApartmentOutlined, ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import type { Role } from '../labels/identity-labels';
import type { Screen } from './screen';
import { lazyPage } from './lazy-page';

const AgenciesPage = lazyPage(() => import('../pages/admin/AgenciesPage'), 'AgenciesPage');
const UsersPage = lazyPage(() => import('../pages/admin/UsersPage'), 'UsersPage');
const QueueDashboardPage = lazyPage(() => import('../pages/admin/QueueDashboardPage'), 'QueueDashboardPage');

const ADMINISTRATORS: readonly Role[] = ['admin'];

/** What the administrator keeps: the directory of agencies, who may log in, and the reminder queues. */
export const adminScreens: readonly Screen[] = [
  {
    path: '/quan-tri/co-quan',
    menu: { label: 'Cơ quan, đơn vị', icon: <ApartmentOutlined /> },
    roles: ADMINISTRATORS,
    element: <AgenciesPage />,
  },
  {
    path: '/quan-tri/tai-khoan',
    menu: { label: 'Tài khoản', icon: <TeamOutlined /> },
    roles: ADMINISTRATORS,
    element: <UsersPage />,
  },
  {
    path: '/quan-tri/hang-doi',
    menu: { label: 'Hàng đợi nhắc việc', icon: <ScheduleOutlined /> },
    roles: ADMINISTRATORS,
    element: <QueueDashboardPage />,
  },
];
