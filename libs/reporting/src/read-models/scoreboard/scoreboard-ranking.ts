import type { CoordinatorRecord } from '../dashboard/coordinator-record.sql';

/** An agency's record as lead (chủ trì) over the tasks whose deadline in force falls in the period. */
export type LeadPeriodRecord = {
  /** Tasks due in the period, cancelled ones left out. */
  readonly due: number;
  readonly completed_on_time: number;
  readonly completed_late: number;
  /** Still owing work past the deadline today. */
  readonly still_overdue: number;
  /** Still being worked on, the deadline not passed yet (a period reaching beyond today). */
  readonly in_progress: number;
};

export interface ScoreboardEntry {
  readonly agencyId: string;
  readonly agencyName: string | null;
  readonly shortName: string | null;
  readonly kind: string | null;
  readonly lead: LeadPeriodRecord;
  readonly coordinator: CoordinatorRecord;
}

export interface RankedEntry extends ScoreboardEntry {
  /** 1 for the best; agencies equal on every criterion share a rank (1, 1, 3). */
  readonly rank: number;
  /** completed_on_time / due × 100, one decimal; null without a task due in the period. */
  readonly leadOnTimeRate: number | null;
  /** on_time / tasks × 100 as coordinating agency, one decimal; null without one. */
  readonly coordinatorOnTimeRate: number | null;
}

/**
 * The ordering rule the standing office reports to the Steering Committee, criterion by
 * criterion until one differs:
 * 1. the on-time rate as lead, higher first (an agency with no task due as lead comes after every one with some);
 * 2. fewer tasks still overdue as lead;
 * 3. the on-time rate as coordinating agency, higher first (none: after every one with some);
 * 4. fewer parts overdue as coordinating agency;
 * 5. more tasks due as lead.
 * Agencies equal on all five share a rank and are listed by name (Vietnamese order), then id.
 * Rates are compared exactly (as fractions), never as rounded numbers.
 */
export const SCOREBOARD_ORDERING_RULE =
  'Ranked by: (1) on-time rate as lead agency, higher first (no task due as lead: after those with some); ' +
  '(2) fewer tasks still overdue as lead; (3) on-time rate as coordinating agency, higher first (none: after those with some); ' +
  '(4) fewer coordinating parts overdue; (5) more tasks due as lead. ' +
  'Agencies equal on all five share a rank (1, 1, 3) and are listed by name, then id. ' +
  'On-time rate = completed on time / due in the period (lead) and contributions on time / tasks coordinated (coordinator).';

type Fraction = { readonly num: number; readonly den: number };

/** Higher rate first; a missing rate (den 0) after any rate. */
function byRateDescending(a: Fraction, b: Fraction): number {
  if (a.den === 0 || b.den === 0) return (a.den === 0 ? 1 : 0) - (b.den === 0 ? 1 : 0);
  return b.num * a.den - a.num * b.den;
}

function compareRecords(a: ScoreboardEntry, b: ScoreboardEntry): number {
  return (
    byRateDescending(
      { num: a.lead.completed_on_time, den: a.lead.due },
      { num: b.lead.completed_on_time, den: b.lead.due },
    ) ||
    a.lead.still_overdue - b.lead.still_overdue ||
    byRateDescending(
      { num: a.coordinator.on_time, den: a.coordinator.tasks },
      { num: b.coordinator.on_time, den: b.coordinator.tasks },
    ) ||
    a.coordinator.overdue - b.coordinator.overdue ||
    b.lead.due - a.lead.due
  );
}

const collator = new Intl.Collator('vi');

const rate = (num: number, den: number): number | null =>
  den === 0 ? null : Math.round((num * 1000) / den) / 10;

/** The entries in rank order, each with its rank and rates. Pure and deterministic. */
export function rankScoreboard(entries: readonly ScoreboardEntry[]): RankedEntry[] {
  const sorted = [...entries].sort(
    (a, b) =>
      compareRecords(a, b) ||
      collator.compare(a.agencyName ?? '', b.agencyName ?? '') ||
      (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0),
  );
  let rank = 0;
  return sorted.map((entry, index) => {
    if (index === 0 || compareRecords(sorted[index - 1], entry) !== 0) rank = index + 1;
    return {
      ...entry,
      rank,
      leadOnTimeRate: rate(entry.lead.completed_on_time, entry.lead.due),
      coordinatorOnTimeRate: rate(entry.coordinator.on_time, entry.coordinator.tasks),
    };
  });
}
