import { DomainEvent, LocalDate } from '@giaoviec/kernel';

/** Every plan has its own stream, `plan-<planId>`. */
export const PLAN_STREAM_PREFIX = 'plan-';

export function planStreamId(planId: string): string {
  return `${PLAN_STREAM_PREFIX}${planId}`;
}

export interface Signer {
  /** e.g. 'Nguyễn Khắc Toàn'. */
  readonly name: string;
  /** e.g. 'Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch Thường trực'. */
  readonly title: string;
}

/** Inclusive calendar dates. */
export interface PlanPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** A phase of a plan (giai đoạn thực hiện), e.g. 2026 – 2028, with what it concentrates on. */
export interface PlanPhase {
  /** e.g. 'Giai đoạn 2026 – 2028'. */
  readonly name: string;
  /** Inclusive calendar dates, inside the plan's period. */
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** What the phase concentrates on, as the plan words it. */
  readonly focus: string;
}

export interface PlanIssuedData {
  readonly planId: string;
  /**
   * The official number, e.g. '495/KH-UBND'; null when the source gives no number (recorded
   * as unknown, never guessed).
   */
  readonly number: string | null;
  readonly title: string;
  /** Null when the source gives no date of issue. */
  readonly issuedOn: LocalDate | null;
  /** Null when the source does not name the signer. */
  readonly signer: Signer | null;
  /** e.g. 'UBND thành phố Huế'. */
  readonly issuingAuthority: string;
  readonly period: PlanPeriod;
  /** The căn cứ: laws, decisions and plans the plan is based on. */
  readonly legalBases: readonly string[];
  /** The standing office (cơ quan thường trực) that runs the plan, e.g. Sở Khoa học và Công nghệ. */
  readonly standingAgencyId?: string;
  readonly summary?: string;
  /**
   * The phases the plan is carried out in, in order, inside its period and not overlapping.
   * Absent on plans issued without phases (and on every event recorded before phases existed).
   */
  readonly phases?: readonly PlanPhase[];
}
export type PlanIssued = DomainEvent<'PlanIssued', PlanIssuedData>;

/** The document that amends a plan (itself usually a plan: "Kế hoạch sửa đổi, bổ sung..."). */
export interface AmendingDocument {
  /** Null when the source gives no number. */
  readonly number: string | null;
  readonly title: string;
  /** Null when the source gives no date. */
  readonly issuedOn: LocalDate | null;
  readonly signer?: Signer;
}

/**
 * One target changed by an amendment; `previousValue` is null when no target was recorded for
 * the year before (the plan set none, or the source does not state it).
 */
export interface TargetRevision {
  readonly indicatorId: string;
  readonly year: number;
  readonly previousValue: number | null;
  readonly newValue: number;
}

/**
 * Recorded on the amended plan's stream. Each target revision is also recorded as an
 * IndicatorTargetRevised on its indicator's stream (see `planAmendmentDecisions`).
 */
export interface PlanAmendedData {
  readonly planId: string;
  /** Unique within the plan; chosen by the client, so a retried command is recognised. */
  readonly amendmentId: string;
  readonly amendingDocument: AmendingDocument;
  readonly summary: string;
  readonly targetRevisions: readonly TargetRevision[];
  /** Indicators the amendment adds (each defined with DefineIndicator on its own stream). */
  readonly addedIndicatorIds?: readonly string[];
  /** Codes of the tasks the amendment adds (each assigned in the tasks context). */
  readonly addedTaskCodes?: readonly string[];
}
export type PlanAmended = DomainEvent<'PlanAmended', PlanAmendedData>;

export interface PlanClosedData {
  readonly planId: string;
  readonly reason: string;
  readonly closedOn: LocalDate;
}
export type PlanClosed = DomainEvent<'PlanClosed', PlanClosedData>;

export type PlanEvent = PlanIssued | PlanAmended | PlanClosed;
export type PlanEventType = PlanEvent['type'];

/** The schema version of each event's data (stored in the event metadata); bump it when a shape changes. */
export const PLAN_EVENT_SCHEMA_VERSIONS: Readonly<Record<PlanEventType, number>> = {
  PlanIssued: 1,
  PlanAmended: 1,
  PlanClosed: 1,
};

export const PLAN_EVENT_TYPES = Object.keys(PLAN_EVENT_SCHEMA_VERSIONS) as readonly PlanEventType[];

export function isPlanEvent(event: { readonly type: string }): event is PlanEvent {
  return (PLAN_EVENT_TYPES as readonly string[]).includes(event.type);
}
