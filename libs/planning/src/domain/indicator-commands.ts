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
}
export type ReportIndicatorValue = PlanningCommandOf<'ReportIndicatorValue', ReportIndicatorValueData>;

export type IndicatorCommand = DefineIndicator | ReviseIndicatorTarget | ReportIndicatorValue;
