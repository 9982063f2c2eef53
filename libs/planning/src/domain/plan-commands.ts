import { LocalDate } from '@giaoviec/kernel';
import { AmendingDocument, PlanIssuedData, Signer } from './plan-events';
import { PlanningCommandOf } from './planning-command';

/**
 * What is issued; `number`, `issuedOn` and `signer` may be left out or null when the source
 * does not give them (they are recorded as null: unknown).
 */
export type IssuePlanData = Omit<PlanIssuedData, 'number' | 'issuedOn' | 'signer'> & {
  readonly number?: string | null;
  readonly issuedOn?: LocalDate | null;
  readonly signer?: Signer | null;
};
export type IssuePlan = PlanningCommandOf<'IssuePlan', IssuePlanData>;

/** A target the amendment sets; the previous value is read from the indicator, never sent. */
export interface RequestedTargetRevision {
  readonly indicatorId: string;
  readonly year: number;
  readonly newValue: number;
}

/** The amending document as sent: a number or a date the source does not give may be left out or null. */
export type RequestedAmendingDocument = Omit<AmendingDocument, 'number' | 'issuedOn'> & {
  readonly number?: string | null;
  readonly issuedOn?: LocalDate | null;
};

export interface AmendPlanData {
  readonly planId: string;
  readonly amendmentId: string;
  readonly amendingDocument: RequestedAmendingDocument;
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
