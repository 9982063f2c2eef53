/**
 * The shapes of the seed data. The data itself (agencies.ts, communes.ts, plan-*.ts) is
 * taken from the five seed documents in ../shared/seed-documents/ (see their README);
 * every item names the document and the section it comes from.
 *
 * A value a document does not give is `null` here, never guessed: the loader records it as
 * unknown (null) and says so (see `missingFacts` in ../seed-operations.ts). Fill such a
 * value only from the official document.
 */
import type { AgencyKind } from '@giaoviec/agencies';
import type { LocalDate } from '@giaoviec/kernel';
import type { IndicatorDirection, PlanPeriod, PlanPhase, Signer } from '@giaoviec/planning';
import type { Recurrence } from '@giaoviec/tasks';

/** The five seed documents (file names in ../shared/seed-documents/). */
export const SEED_DOCUMENT_FILES = [
  '000_93726e9066c4faf7.txt',
  '001_2e358366a1db4d4f.txt',
  '002_fb4fbed4847eab39.txt',
  '003_d194c07016b666f9.txt',
  '004_1a3a1956af479a8f.txt',
] as const;
export type SeedDocumentFile = (typeof SEED_DOCUMENT_FILES)[number];

/** News article on Plan 495/KH-UBND (digital transformation 2026). */
export const DOC_000: SeedDocumentFile = '000_93726e9066c4faf7.txt';
/** The plan amending Plan 284/KH-UBND after Decision 1033/QĐ-TTg. */
export const DOC_001: SeedDocumentFile = '001_2e358366a1db4d4f.txt';
/** The plan "Chuyển đổi số thành phố Huế giai đoạn 2026 - 2030". */
export const DOC_002: SeedDocumentFile = '002_fb4fbed4847eab39.txt';
/** News article on Plan 455/KH-UBND (information and digital infrastructure to 2030). */
export const DOC_003: SeedDocumentFile = '003_d194c07016b666f9.txt';
/** News article on the smart-city report to the Ministry of Construction (context only). */
export const DOC_004: SeedDocumentFile = '004_1a3a1956af479a8f.txt';

/** Where a fact comes from: a seed document and the section or passage in it. */
export interface Source {
  readonly document: SeedDocumentFile;
  /** e.g. 'III.3, gạch đầu dòng 2', 'đoạn 4'. */
  readonly section: string;
}

export interface SeedAgency {
  /** Slug: lower-case a-z, 0-9 and dashes, e.g. 'so-khcn'. */
  readonly agencyId: string;
  readonly name: string;
  readonly shortName?: string;
  readonly kind: AgencyKind;
  readonly parentAgencyId?: string;
  readonly code?: string;
  readonly sources: readonly Source[];
  /** How the document words it, when the name above differs, and other remarks. */
  readonly note?: string;
}

export interface SeedTarget {
  readonly year: number;
  readonly value: number;
  /** The document's wording around the figure: 'khoảng' (about), 'trên' (over), 'tối thiểu'... */
  readonly qualifier?: string;
}

export interface SeedIndicator {
  readonly indicatorId: string;
  readonly code?: string;
  /** As the document words it. */
  readonly name: string;
  readonly group?: string;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  /**
   * The yearly targets as the plan sets them. `null`: the plan has this indicator but the
   * documents do not give its targets (it is defined with no target: unknown).
   */
  readonly targets: readonly SeedTarget[] | null;
  readonly responsibleAgencyId: string;
  /** Set when the document names no responsible agency: why this one was chosen. */
  readonly responsibleAgencyNote?: string;
  readonly source: Source;
  readonly note?: string;
}

/**
 * Who leads a task:
 * - `agencyId`: one agency;
 * - `eachOf`: the document names several agencies side by side: one task each, same code;
 * - `allCommunes`: "UBND các phường, xã": one task per active commune, one group (the domain's fan-out);
 * - `allDepartments`: every department (Sở, ban, ngành) of agencies.ts: one task each, same code;
 * - `allDepartmentsAndCommunes`: both of the above, under one code.
 */
export type SeedLead =
  | { readonly agencyId: string }
  | { readonly eachOf: readonly string[] }
  | { readonly allCommunes: true }
  | { readonly allDepartments: true }
  | { readonly allDepartmentsAndCommunes: true };

export interface SeedTask {
  /** Unique within the plan, e.g. 'III.1.2' (group III.1, second bullet). */
  readonly code: string;
  /** The bullet's text, as the document words it. */
  readonly title: string;
  /**
   * The document's own words, when the title is not them verbatim (a news article retold as a
   * task, a bullet ending in ';', a lead-in naming the agency): the task's quoted source text.
   */
  readonly quote?: string;
  readonly description?: string;
  readonly lead: SeedLead;
  /** Where the lead comes from (a section of the document), or why it was chosen when the document names none. */
  readonly leadNote: string;
  readonly coordinatingAgencyIds?: readonly string[];
  /** Null only for a recurring task whose first deadline the document does not fix. */
  readonly dueDate: LocalDate | null;
  /** True when the document gives no deadline and the end of the period it names was used. */
  readonly dueDateIsPeriodEnd: boolean;
  readonly recurrence?: Recurrence;
  /** Why this recurrence, when the document does not spell it out. */
  readonly recurrenceNote?: string;
  readonly source: Source;
}

export interface SeedAmendingDocument {
  /** Null when the document shows no number. */
  readonly number: string | null;
  readonly title: string;
  /** Null when the document shows no date. */
  readonly issuedOn: LocalDate | null;
  readonly signer: Signer | null;
}

export interface SeedTargetRevision {
  readonly indicatorId: string;
  readonly year: number;
  readonly newValue: number;
  readonly qualifier?: string;
  readonly source: Source;
}

export interface SeedAmendment {
  readonly amendmentId: string;
  readonly amendingDocument: SeedAmendingDocument;
  readonly summary: string;
  readonly targetRevisions: readonly SeedTargetRevision[];
  /** Indicators the amendment adds (defined with `introducedByAmendmentId`). */
  readonly addedIndicators: readonly SeedIndicator[];
  /** Tasks the amendment adds to the amended plan. */
  readonly addedTasks: readonly SeedTask[];
  readonly source: Source;
  /** What the document lacks and what was done about it. */
  readonly gaps: readonly string[];
}

/** A phase of a plan (giai đoạn thực hiện), its focus in the document's own words. */
export interface SeedPhase extends PlanPhase {
  readonly source: Source;
}

export interface SeedPlan {
  /** Slug id of the plan's stream, e.g. 'kh-495'. */
  readonly planId: string;
  /** The official number, e.g. '495/KH-UBND'; null when the document shows none. */
  readonly number: string | null;
  readonly title: string;
  /** Null when the document shows no date of issue. */
  readonly issuedOn: LocalDate | null;
  /** Null when the document does not name the signer. */
  readonly signer: Signer | null;
  readonly issuingAuthority: string;
  readonly period: PlanPeriod;
  /** The phases the document divides the period into, in order; left out when it names none. */
  readonly phases?: readonly SeedPhase[];
  readonly legalBases: readonly string[];
  readonly standingAgencyId: string;
  /** Where the standing office comes from, or why it was chosen. */
  readonly standingAgencyNote: string;
  readonly summary?: string;
  readonly source: Source;
  /** What the documents lack for this plan and what was done about it. */
  readonly gaps: readonly string[];
  readonly indicators: readonly SeedIndicator[];
  readonly tasks: readonly SeedTask[];
  readonly amendments: readonly SeedAmendment[];
}

export interface SeedData {
  readonly agencies: readonly SeedAgency[];
  readonly plans: readonly SeedPlan[];
}
