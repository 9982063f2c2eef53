import { UnorderedListOutlined } from '@ant-design/icons';
import type { Role } from '../labels/identity-labels';
import { TasksPage } from '../pages/tasks/TasksPage';
import { TaskDetailPage } from '../pages/task-detail/TaskDetailPage';
import { NotificationsPage } from '../pages/notifications/NotificationsPage';
import type { Screen } from './screen';

const WORKERS: readonly Role[] = ['officer', 'agency_head', 'standing_office', 'leadership'];

/** The tasks themselves, and what everyone is told. */
export const workScreens: readonly Screen[] = [
  {
    path: '/viec-cua-don-vi',
    menu: { label: 'Nhiệm vụ', icon: <UnorderedListOutlined /> },
    roles: WORKERS,
    element: <TasksPage />,
  },
  { path: '/nhiem-vu/:taskId', roles: WORKERS, element: <TaskDetailPage /> },
  { path: '/thong-bao', element: <NotificationsPage /> },
];
