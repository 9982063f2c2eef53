/**
 * The shapes of the answers the standing office's screens read (plans, the overdue board,
 * the queue of what awaits a decision, fan-out groups), as the API gives them.
 */
import type { TaskListItem } from './views';
import type { IndicatorDirection } from './leadership-views';

export type { GroupProgress, IndicatorDirection, PlanDashboard } from './leadership-views';

export interface IndicatorTarget {
  year: number;
  value: number;
}

export interface IndicatorRevision {
  amendmentId: string;
  year: number;
  previousValue: number | null;
  newValue: number;
}

export interface PlanIndicator {
  indicatorId: string;
  planId: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  responsibleAgencyId: string;
  targets: IndicatorTarget[];
  revisions: IndicatorRevision[];
  version: number;
}

export interface Signer {
  name: string;
  title: string;
}

export interface PlanAmendment {
  amendmentId: string;
  amendingDocument: { number: string | null; title: string; issuedOn: string | null; signer?: Signer };
  summary: string;
  targetRevisions: { indicatorId: string; year: number; newValue: number; previousValue: number | null }[];
  addedIndicatorIds?: string[];
  addedTaskCodes?: string[];
}

export interface PlanDetail {
  planId: string;
  status: 'open' | 'closed';
  number: string | null;
  title: string;
  issuedOn: string | null;
  period: { from: string; to: string };
  standingAgencyId?: string;
  amendments: PlanAmendment[];
  closedOn?: string;
  version: number;
  indicators: PlanIndicator[];
}

/** A row of the overdue board: the task list's facts, with the last report and the escalation. */
export interface OverdueTask extends Pick<
  TaskListItem,
  'taskId' | 'planId' | 'planNumber' | 'code' | 'title' | 'leadAgencyId' | 'leadAgencyName' | 'acknowledged'
> {
  dueDate: string;
  daysOverdue: number;
  lastReport: { on: string; summary: string | null; percentComplete: number | null } | null;
  escalationLevel: 'standing_office' | 'steering_committee' | null;
  escalatedOn: string | null;
  groupId: string | null;
  version: number;
}

export interface OverdueBoard {
  today: string;
  total: number;
  limit: number;
  offset: number;
  items: OverdueTask[];
}

/** A row of GET /tasks?pending=…: the task list's item with the request awaiting a decision. */
export interface PendingTask extends TaskListItem {
  pendingExtension: {
    requestId: string;
    requestedDueDate: string;
    reason: string | null;
    requestedOn: string | null;
  } | null;
}

export interface PendingTaskPage {
  today: string;
  total: number;
  items: PendingTask[];
}

/** POST /plans/{planId}/tasks: one task, or one per commune with their group. */
export interface AssignedTasks {
  groupId: string | null;
  tasks: { taskId: string; leadAgencyId: string; version: number }[];
}
