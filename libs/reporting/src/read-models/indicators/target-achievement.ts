import type { IndicatorDirection } from '@giaoviec/planning';

/** Values closer than this count as equal (figures arrive as decimals, e.g. 40.1 %). */
const TOLERANCE = 1e-9;

/**
 * Whether a reported value meets the year's target: at least it (`at_least`), at most it
 * (`at_most`) or exactly it (`exactly`). Null when there is no value or no target yet.
 */
export function isTargetAchieved(
  direction: IndicatorDirection,
  value: number | null,
  target: number | null,
): boolean | null {
  if (value === null || target === null) return null;
  switch (direction) {
    case 'at_least':
      return value >= target - TOLERANCE;
    case 'at_most':
      return value <= target + TOLERANCE;
    case 'exactly':
      return Math.abs(value - target) <= TOLERANCE;
  }
}
