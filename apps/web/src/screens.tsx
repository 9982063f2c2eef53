import type { ReactNode } from 'react';
import { BellOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { Role } from './labels/identity-labels';
import { TasksPage } from './pages/tasks/TasksPage';
import { TaskDetailPage } from './pages/task-detail/TaskDetailPage';
import { NotificationsPage } from './pages/notifications/NotificationsPage';

export interface Screen {
  readonly path: string;
  /** Shown in the menu when set. */
  readonly menu?: { readonly label: string; readonly icon: ReactNode };
  /** Who may open it; everyone signed in when absent. */
  readonly roles?: readonly Role[];
  readonly element: ReactNode;
}

const WORKERS: readonly Role[] = ['officer', 'agency_head', 'standing_office', 'leadership'];

/** Every screen of the application, in menu order. */
export const screens: readonly Screen[] = [
  {
    path: '/viec-cua-don-vi',
    menu: { label: 'Nhiệm vụ', icon: <UnorderedListOutlined /> },
    roles: WORKERS,
    element: <TasksPage />,
  },
  { path: '/nhiem-vu/:taskId', roles: WORKERS, element: <TaskDetailPage /> },
  { path: '/thong-bao', menu: { label: 'Thông báo', icon: <BellOutlined /> }, element: <NotificationsPage /> },
];
