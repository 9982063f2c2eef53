import { ApartmentOutlined, TeamOutlined } from '@ant-design/icons';
import type { Role } from '../labels/identity-labels';
import { AgenciesPage } from '../pages/admin/AgenciesPage';
import { UsersPage } from '../pages/admin/UsersPage';
import type { Screen } from './screen';

const ADMINISTRATORS: readonly Role[] = ['admin'];

/** What the administrator keeps: the directory of agencies and who may log in. */
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
];
