import type { Projection } from '../projection/projection';
import { AuditProjection } from './audit/audit.projection';
import { DirectoryProjection } from './directory/directory.projection';
import { IndicatorsProjection } from './indicators/indicators.projection';
import { NotificationsProjection } from './notifications/notifications.projection';
import { TaskListProjection } from './task-list/task-list.projection';

/**
 * Every read model's projection, for PROJECTIONS. The task list's tables (rm_tasks,
 * rm_task_groups) also serve the overdue board and the dashboards; the directory's
 * (rm_agencies, rm_plans) give every screen its names.
 */
export function readModelProjections(): Projection[] {
  return [
    new DirectoryProjection(),
    new TaskListProjection(),
    new IndicatorsProjection(),
    new AuditProjection(),
    new NotificationsProjection(),
  ];
}
