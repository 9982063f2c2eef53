/**
 * The shapes of the read models' answers as the screens use them. Where the OpenAPI
 * document describes a response, these must agree with it (openapi.d.ts is generated
 * from the running API by `npm run web:api-types`).
 */
import type { TaskCategory } from '../labels/task-labels';

export type CategoryCounts = Record<TaskCategory, number> & { total: number; overdue: number };

export interface TaskListItem {
  taskId: string;
  planId: string;
  planNumber: string | null;
  code: string | null;
  title: string;
  leadAgencyId: string;
  leadAgencyName: string | null;
  coordinatingAgencyIds: string[];
  status: string;
  acknowledged: boolean;
  dueDate: string | null;
  dueDateIsPeriodEnd: boolean;
  completedOn: string | null;
  category: TaskCategory;
  overdue: boolean;
  daysOverdue: number | null;
  lastProgressOn: string | null;
  lastPercentComplete: number | null;
  escalationLevel: string | null;
  groupId: string | null;
  version: number;
}

export interface TaskListPage {
  today: string;
  total: number;
  limit: number;
  offset: number;
  nextCursor: string | null;
  items: TaskListItem[];
}

export interface TaskDetail {
  taskId: string;
  planId: string;
  code: string | null;
  title: string;
  status: string;
  groupId: string | null;
  leadAgencyId: string;
  coordinatingAgencyIds: string[];
  dueDate: string | null;
  dueDateIsPeriodEnd: boolean;
  assignedOn: string;
  acknowledged: boolean;
  pendingExtension: { requestId: string; requestedDueDate: string; reason: string } | null;
  extensionRequestIds: string[];
  escalationLevel: string | null;
  completedOn: string | null;
  lastPercentComplete: number | null;
  version: number;
  category: TaskCategory;
  overdue: boolean;
  [key: string]: unknown;
}

export interface HistoryEvent {
  version: number;
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  actor: { userId: string; agencyId: string; role: string };
  occurredAt: string;
}

export interface AuditEntry {
  position: string;
  eventId: string;
  streamId: string;
  type: string;
  actor: { userId: string; agencyId: string; agencyName?: string | null; displayName?: string | null; role: string };
  planId: string | null;
  taskId: string | null;
  agencyId: string | null;
  occurredAt: string;
  recordedAt: string;
  summary: string;
  data: Record<string, unknown>;
}

export interface AuditPage {
  limit: number;
  nextCursor: string | null;
  items: AuditEntry[];
}

export interface Agency {
  agencyId: string;
  name: string;
  shortName: string | null;
  kind: 'department' | 'commune' | 'other';
  active: boolean;
  parentAgencyId?: string | null;
}

export interface PlanSummary {
  planId: string;
  number: string | null;
  title: string;
  issuedOn: string | null;
  status: string;
  period: { from: string; to: string };
  standingAgencyId: string | null;
  version: number;
}

export interface NotificationItem {
  notificationId: string;
  taskId: string | null;
  planId: string | null;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationsPage {
  total: number;
  unread: number;
  items: NotificationItem[];
}
