import { parseReportingPeriod, type IndicatorDirection } from '@giaoviec/planning';
import { isTargetAchieved } from './target-achievement';

/**
 * Where an indicator stands against the year's target, judged on its latest confirmed value:
 * - `on_track` (đạt / đúng tiến độ), `at_risk` (có nguy cơ), `off_track` (chậm / không đạt);
 * - `no_data` (chưa có số liệu): no confirmed value for the year;
 * - `no_target` (chưa đặt chỉ tiêu): a value, but the year has no target.
 */
export const PROGRESS_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data', 'no_target'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** How far short of the path (at_least) or over the ceiling (at_most) a value may be and still be only at risk. */
export const AT_RISK_MARGIN = 0.1;

/** The rule, as the API documents it (OpenAPI and README say the same). */
export const PROGRESS_RULE =
  'Judged on the latest confirmed value of the year. Let f be the share of the year elapsed at the end of the ' +
  "value's period (Q1: 90/365; a year, H2, Q4 or December: 1, and the judgement is final). " +
  'at_least: on_track if the value reaches the target or the pro-rata path target × f; at_risk if it is within ' +
  `${AT_RISK_MARGIN * 100}% below that path and the year is not over; off_track otherwise. ` +
  `at_most: on_track if the value is at most the target; at_risk if at most ${AT_RISK_MARGIN * 100}% over it and ` +
  'the year is not over; off_track otherwise. exactly: on_track if reached, off_track if not. ' +
  'No confirmed value: no_data; no target for the year: no_target.';

export interface IndicatorProgress {
  readonly status: ProgressStatus;
  /** The share of the year elapsed at the end of the value's period (0–1); null without a value. */
  readonly yearElapsed: number | null;
  /** What the value is judged against: the pro-rata path (at_least) or the target; null without both. */
  readonly expected: number | null;
  /** The value's period ends with the year: reached or not, no longer a matter of pace. */
  readonly final: boolean;
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/** The share of its year elapsed at the end of a period: '2026-Q1' → 90/365, '2026' → 1. */
export function yearElapsedAt(period: string): number | null {
  const parsed = parseReportingPeriod(period);
  if (!parsed) return null;
  const first = dayNumber(`${parsed.year}-01-01`);
  const daysInYear = dayNumber(`${parsed.year + 1}-01-01`) - first;
  return (dayNumber(parsed.end) - first + 1) / daysInYear;
}

export function indicatorProgress(
  direction: IndicatorDirection,
  latest: { readonly value: number; readonly period: string } | null,
  target: number | null,
): IndicatorProgress {
  if (!latest) return { status: 'no_data', yearElapsed: null, expected: null, final: false };
  const yearElapsed = yearElapsedAt(latest.period) ?? 1;
  const final = yearElapsed >= 1;
  if (target === null) return { status: 'no_target', yearElapsed, expected: null, final };
  const { value } = latest;
  const reached = isTargetAchieved(direction, value, target) === true;
  switch (direction) {
    case 'at_least': {
      const expected = target * yearElapsed;
      const status: ProgressStatus =
        reached || isTargetAchieved(direction, value, expected)
          ? 'on_track'
          : !final && value >= expected * (1 - AT_RISK_MARGIN)
            ? 'at_risk'
            : 'off_track';
      return { status, yearElapsed, expected, final };
    }
    case 'at_most': {
      const status: ProgressStatus = reached
        ? 'on_track'
        : !final && value <= target * (1 + AT_RISK_MARGIN)
          ? 'at_risk'
          : 'off_track';
      return { status, yearElapsed, expected: target, final };
    }
    case 'exactly':
      return { status: reached ? 'on_track' : 'off_track', yearElapsed, expected: target, final };
  }
}
