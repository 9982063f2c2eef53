/**
 * The shapes of the API's answers as the screens use them. Where the OpenAPI document
 * describes a response these are its schemas (openapi.d.ts, generated from the running API
 * by `npm run web:api-types` and checked by test/web/web-api-types.e2e.spec.ts), so the
 * screens cannot drift from the API; the rest are written out here.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

export type CategoryCounts = Schemas['CategoryCountsView'];
export type TaskListItem = Schemas['TaskListItemView'];
export type TaskListPage = Schemas['TaskListPageView'];
export type TaskDetail = Schemas['TaskView'];
export type HistoryEvent = Schemas['TaskHistoryEventView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type AuditPage = Schemas['AuditPageView'];
export type NotificationItem = Schemas['NotificationView'];
export type NotificationsPage = Schemas['NotificationPageView'];

export type Agency = Schemas['AgencyView'];

export type PlanSummary = Schemas['PlanView'];
