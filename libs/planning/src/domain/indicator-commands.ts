import { LocalDate } from '@giaoviec/kernel';
import { IndicatorDirection, IndicatorTarget } from './indicator-events';
import { PlanningCommandOf } from './planning-command';

export interface DefineIndicatorData {
  readonly indicatorId: string;
  readonly planId: string;
  readonly code?: string;
  readonly name: string;
  readonly group?: string;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  readonly targets: readonly IndicatorTarget[];
  readonly responsibleAgencyId: string;
  readonly introducedByAmendmentId?: string;
}
/** Checked against the plan too (open, target years within its period) by `decideIndicatorDefinition`. */
export type DefineIndicator = PlanningCommandOf<'DefineIndicator', DefineIndicatorData>;

/** The indicator's half of an amendment; `planAmendmentDecider` issues one per revised target. */
export interface ReviseIndicatorTargetData {
  readonly indicatorId: string;
  readonly year: number;
  readonly newValue: number;
  readonly amendmentId: string;
  /** Null when the amending document has no known number. */
  readonly amendingDocumentNumber: string | null;
}
export type ReviseIndicatorTarget = PlanningCommandOf<'ReviseIndicatorTarget', ReviseIndicatorTargetData>;

export interface ReportIndicatorValueData {
  readonly indicatorId: string;
  readonly reportId: string;
  readonly period: string;
  readonly value: number;
  readonly source: string;
  readonly reportedByAgencyId: string;
  readonly asOf: LocalDate;
  readonly evidenceNote?: string;
  /** Required when `reportedByAgencyId` is not the indicator's responsible agency. */
  readonly onBehalfReason?: string;
}
export type ReportIndicatorValue = PlanningCommandOf<'ReportIndicatorValue', ReportIndicatorValueData>;

export interface ConfirmIndicatorValueData {
  readonly indicatorId: string;
  readonly reportId: string;
  readonly note?: string;
}
export type ConfirmIndicatorValue = PlanningCommandOf<'ConfirmIndicatorValue', ConfirmIndicatorValueData>;

export interface ReturnIndicatorValueData {
  readonly indicatorId: string;
  readonly reportId: string;
  readonly reason: string;
}
export type ReturnIndicatorValue = PlanningCommandOf<'ReturnIndicatorValue', ReturnIndicatorValueData>;

export type IndicatorCommand =
  | DefineIndicator
  | ReviseIndicatorTarget
  | ReportIndicatorValue
  | ConfirmIndicatorValue
  | ReturnIndicatorValue;
