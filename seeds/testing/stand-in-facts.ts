/**
 * FOR TESTS ONLY. THESE VALUES ARE NOT FACTS.
 *
 * The seed data leaves `null` what the documents do not give (plan numbers, dates of issue, a
 * signer, the original targets of Plan 284). The tests replace each null by an obviously
 * made-up stand-in ('…/KH-KIEMTHU' numbers, "Người ký kiểm thử"), so every seed item can be
 * loaded and checked: the amendment's target revisions, the fan-out to the communes...
 * Never use them outside tests; fill the real values into seeds/data from the documents.
 */
import type { SeedData, SeedIndicator, SeedPlan, SeedTarget } from '../data/seed-types';

export const STAND_IN_PLAN_NUMBER = '1/KH-KIEMTHU';
export const STAND_IN_AMENDING_DOCUMENT_NUMBER = '2/KH-KIEMTHU';
export const STAND_IN_SIGNER = { name: 'Người ký kiểm thử', title: 'Chủ tịch' };

/** The stand-in original targets of Plan 284's revised indicators (only 2026 for most: 2030 then counts as a target added). */
export const STAND_IN_ORIGINAL_TARGETS: Readonly<Record<string, readonly SeedTarget[]>> = {
  'kh-284-kts-ty-trong-grdp': [
    { year: 2026, value: 10 },
    { year: 2030, value: 20 },
  ],
};
const DEFAULT_STAND_IN_TARGETS: readonly SeedTarget[] = [{ year: 2026, value: 10 }];

/** A date of issue within what the documents allow (on or after the newest legal basis). */
const STAND_IN_ISSUE_DATES: Readonly<Record<string, string>> = {
  'kh-455': '2025-11-25',
  'kh-cds-2026-2030': '2026-01-15',
};
const STAND_IN_AMENDMENT_DATE = '2026-07-01';

function withTargets(indicator: SeedIndicator): SeedIndicator {
  if (indicator.targets !== null) return indicator;
  return {
    ...indicator,
    targets: STAND_IN_ORIGINAL_TARGETS[indicator.indicatorId] ?? DEFAULT_STAND_IN_TARGETS,
  };
}

function filledPlan(plan: SeedPlan): SeedPlan {
  return {
    ...plan,
    number: plan.number ?? STAND_IN_PLAN_NUMBER,
    issuedOn: plan.issuedOn ?? STAND_IN_ISSUE_DATES[plan.planId] ?? '2026-01-15',
    signer: plan.signer ?? STAND_IN_SIGNER,
    indicators: plan.indicators.map(withTargets),
    amendments: plan.amendments.map((amendment) => ({
      ...amendment,
      amendingDocument: {
        ...amendment.amendingDocument,
        number: amendment.amendingDocument.number ?? STAND_IN_AMENDING_DOCUMENT_NUMBER,
        issuedOn: amendment.amendingDocument.issuedOn ?? STAND_IN_AMENDMENT_DATE,
      },
    })),
  };
}

/** The seed data with a stand-in for every missing fact. */
export function withStandInFacts(data: SeedData): SeedData {
  return { ...data, plans: data.plans.map(filledPlan) };
}
