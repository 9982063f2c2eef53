/**
 * The answers of the leadership screens' reads (dashboards, KPI scoreboard, user list), as
 * the reporting and identity modules give them; the OpenAPI document describes them in words only.
 */
import type { CategoryCounts } from './views';

export type AgencyKind = 'department' | 'commune' | 'other';

export interface AgencyCounts {
  agencyId: string;
  agencyName: string | null;
  shortName: string | null;
  kind: AgencyKind | null;
  counts: CategoryCounts;
}

export interface AgencyDashboard {
  today: string;
  totals: CategoryCounts;
  agencies: AgencyCounts[];
}

export interface SectionCounts {
  /** The first levels of the plan item number, e.g. 'III.1'; null for tasks without a number. */
  section: string | null;
  counts: CategoryCounts;
}

/** A task given to every commune, tracked as "27 of 40 done". */
export interface GroupProgress {
  groupId: string;
  code: string | null;
  title: string;
  done: number;
  total: number;
  overdue: number;
  cancelled: number;
}

export interface PlanDashboard {
  today: string;
  plan: {
    planId: string;
    number: string | null;
    title: string;
    status: string;
    issuedOn: string | null;
    periodFrom: string | null;
    periodTo: string | null;
  };
  totals: CategoryCounts;
  sections: SectionCounts[];
  agencies: AgencyCounts[];
  groups: GroupProgress[];
}

export type IndicatorDirection = 'at_least' | 'at_most' | 'exactly';

export interface TargetRevision {
  year: number;
  /** Null: the plan recorded no target for the year before this revision. */
  previousValue: number | null;
  newValue: number;
  amendmentId: string;
  amendingDocumentNumber: string | null;
  amendingDocumentTitle: string | null;
  amendingDocumentIssuedOn: string | null;
  occurredAt: string | null;
  recordedAt: string;
}

export interface IndicatorScore {
  indicatorId: string;
  planId: string;
  planNumber: string | null;
  code: string | null;
  name: string;
  group: string | null;
  unit: string;
  direction: IndicatorDirection;
  responsibleAgencyId: string;
  responsibleAgencyName: string | null;
  target: number | null;
  latest: {
    reportId: string;
    /** 2026, 2026-H1, 2026-Q2 or 2026-06. */
    period: string;
    value: number;
    asOf: string;
    source: string;
    reportedByAgencyId: string;
  } | null;
  achieved: boolean | null;
  targets: { year: number; value: number; originalValue: number | null }[];
  revisions: TargetRevision[];
}

export interface IndicatorScoreboard {
  year: number;
  today: string;
  indicators: IndicatorScore[];
}

export interface UserSummary {
  userId: string;
  username: string;
  displayName: string;
  agencyId: string;
  role: string;
  active: boolean;
}
