/**
 * The shapes of the answers the standing office's screens read (plans, the overdue board,
 * the queue of what awaits a decision, fan-out groups), as the API gives them.
 */
import type { components } from './openapi';
import type { TaskListItem, TaskListPage } from './views';
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

/** A phase of a plan (giai đoạn thực hiện): its dates and its focus as the plan words it. */
export type PlanPhase = components['schemas']['PlanPhaseView'];

export interface PlanDetail {
  planId: string;
  status: 'open' | 'closed';
  number: string | null;
  title: string;
  issuedOn: string | null;
  signer: Signer | null;
  issuingAuthority: string;
  legalBases: string[];
  summary: string | null;
  period: { from: string; to: string };
  /** In order; empty when the plan was issued without phases. */
  phases: PlanPhase[];
  standingAgencyId?: string;
  amendments: PlanAmendment[];
  closedOn?: string;
  version: number;
  indicators: PlanIndicator[];
}

/** A row of the overdue board: the task list's facts, with the last report and the escalation. */
export type OverdueTask = components['schemas']['OverdueTaskView'];
export type OverdueBoard = components['schemas']['OverdueBoardView'];

/** A row of GET /tasks?pending=…: the task list's item with the request awaiting a decision. */
export type PendingTask = TaskListItem;
export type PendingTaskPage = TaskListPage;

/** POST /plans/{planId}/tasks: one task, or one per commune with their group. */
export interface AssignedTasks {
  groupId: string | null;
  tasks: { taskId: string; leadAgencyId: string; version: number }[];
}
