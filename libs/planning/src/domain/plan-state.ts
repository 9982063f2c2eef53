import { LocalDate } from '@giaoviec/kernel';
import { PlanAmendedData, PlanEvent, PlanPeriod } from './plan-events';

export interface NotIssuedPlan {
  readonly status: 'not_issued';
}

export interface IssuedPlan {
  readonly status: 'open' | 'closed';
  readonly planId: string;
  /** Null when the source gives no number. */
  readonly number: string | null;
  readonly title: string;
  /** Null when the source gives no date of issue. */
  readonly issuedOn: LocalDate | null;
  readonly period: PlanPeriod;
  readonly standingAgencyId?: string;
  /** Amendments in the order they were recorded. */
  readonly amendments: readonly PlanAmendedData[];
  readonly closedOn?: LocalDate;
  readonly closeReason?: string;
}

export type PlanState = NotIssuedPlan | IssuedPlan;

export function initialPlanState(): PlanState {
  return { status: 'not_issued' };
}

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  if (event.type === 'PlanIssued') {
    const { planId, number, title, issuedOn, period, standingAgencyId } = event.data;
    return {
      status: 'open',
      planId,
      number,
      title,
      issuedOn,
      period,
      ...(standingAgencyId ? { standingAgencyId } : {}),
      amendments: [],
    };
  }
  if (state.status === 'not_issued') return state;
  switch (event.type) {
    case 'PlanAmended':
      return { ...state, amendments: [...state.amendments, event.data] };
    case 'PlanClosed':
      return { ...state, status: 'closed', closedOn: event.data.closedOn, closeReason: event.data.reason };
  }
}
