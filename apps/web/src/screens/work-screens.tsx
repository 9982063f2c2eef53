import { UnorderedListOutlined } from '@ant-design/icons';
import type { Role } from '../labels/identity-labels';
import { TasksPage } from '../pages/tasks/TasksPage';
import { TASK_LIST_PATH } from '../session/permissions';
import type { Screen } from './screen';
import { lazyPage } from './lazy-page';

const NotificationsPage = lazyPage(
  () => import('../pages/notifications/NotificationsPage'),
  'NotificationsPage',
);

const TaskDetailPage = lazyPage(() => import('../pages/task-detail/TaskDetailPage'), 'TaskDetailPage');

const WORKERS: readonly Role[] = ['officer', 'agency_head', 'standing_office', 'leadership'];

/** The tasks themselves, and what everyone is told. */
export const workScreens: readonly Screen[] = [
  {
    path: TASK_LIST_PATH,
    menu: { label: 'Nhiệm vụ', icon: <UnorderedListOutlined /> },
    roles: WORKERS,
    element: <TasksPage />,
  },
  { path: '/nhiem-vu/:taskId', roles: WORKERS, element: <TaskDetailPage /> },
  { path: '/thong-bao', element: <NotificationsPage /> },
];
