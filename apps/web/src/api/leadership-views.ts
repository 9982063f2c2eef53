/**
 * The answers of the leadership screens' reads (dashboards, KPI scoreboard), the schemas
 * of the OpenAPI document; the user list is written out here.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

export type AgencyKind = 'department' | 'commune' | 'other';
export type AgencyCounts = Schemas['AgencyCountsView'];
export type AgencyDashboard = Schemas['AgencyDashboardView'];
export type AgencyCoordinatorRecord = Schemas['AgencyCoordinatorRecordView'];
export type AgencyScoreboard = Schemas['AgencyScoreboardView'];
export type ScoreboardEntry = Schemas['ScoreboardEntryView'];
export type SectionCounts = Schemas['SectionCountsView'];
/** A task given to every commune, tracked as "27 of 40 done". */
export type GroupProgress = Schemas['GroupProgressView'];
export type PlanDashboard = Schemas['PlanDashboardView'];
export type TargetRevision = Schemas['TargetRevisionView'];
export type IndicatorScore = Schemas['IndicatorScoreView'];
export type IndicatorDirection = IndicatorScore['direction'];
export type IndicatorScoreboard = Schemas['IndicatorScoreboardView'];

export interface UserSummary {
  userId: string;
  username: string;
  displayName: string;
  agencyId: string;
  role: string;
  active: boolean;
}
