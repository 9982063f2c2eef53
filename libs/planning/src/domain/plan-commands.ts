import { LocalDate } from '@giaoviec/kernel';
import { AmendingDocument, PlanIssuedData } from './plan-events';
import { PlanningCommandOf } from './planning-command';

export type IssuePlanData = PlanIssuedData;
export type IssuePlan = PlanningCommandOf<'IssuePlan', IssuePlanData>;

/** A target the amendment sets; the previous value is read from the indicator, never sent. */
export interface RequestedTargetRevision {
  readonly indicatorId: string;
  readonly year: number;
  readonly newValue: number;
}

export interface AmendPlanData {
  readonly planId: string;
  readonly amendmentId: string;
  readonly amendingDocument: AmendingDocument;
  readonly summary: string;
  readonly targetRevisions: readonly RequestedTargetRevision[];
  readonly addedIndicatorIds?: readonly string[];
  readonly addedTaskCodes?: readonly string[];
}
/** Touches the plan and the indicators it revises, so it is decided by `planAmendmentDecider`. */
export type AmendPlan = PlanningCommandOf<'AmendPlan', AmendPlanData>;

export interface ClosePlanData {
  readonly planId: string;
  readonly reason: string;
  readonly closedOn: LocalDate;
}
export type ClosePlan = PlanningCommandOf<'ClosePlan', ClosePlanData>;

/** The commands the plan stream decides on its own. */
export type PlanStreamCommand = IssuePlan | ClosePlan;
export type PlanCommand = IssuePlan | AmendPlan | ClosePlan;
