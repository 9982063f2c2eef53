import { LocalDate } from '@giaoviec/kernel';
import { PlanAmendedData, PlanEvent, PlanPeriod, PlanPhase, Signer } from './plan-events';

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
  /** Who signed it for the issuing authority; null when the source does not say. */
  readonly signer: Signer | null;
  /** e.g. 'UBND thành phố Huế'. */
  readonly issuingAuthority: string;
  /** The căn cứ, as issued. */
  readonly legalBases: readonly string[];
  readonly summary: string | null;
  readonly period: PlanPeriod;
  /** The phases it is carried out in, in order; empty when it was issued without any. */
  readonly phases: readonly PlanPhase[];
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
    const {
      planId,
      number,
      title,
      issuedOn,
      signer,
      issuingAuthority,
      legalBases,
      summary,
      period,
      standingAgencyId,
      phases,
    } = event.data;
    // Everything the plan was issued with is kept: GET /plans/{id} serves it as issued.
    return {
      status: 'open',
      planId,
      number,
      title,
      issuedOn,
      signer: signer ?? null,
      issuingAuthority,
      legalBases: legalBases ?? [],
      summary: summary ?? null,
      period,
      // Events recorded before plans had phases carry none.
      phases: phases ?? [],
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
