import { unprocessable } from '@giaoviec/kernel';
import { isTargetYear } from './reporting-period';

/** A unit whose values are percentages, so lie between 0 and 100. */
export function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%';
}

/** Throws 'indicator.value_invalid' for a non-number and 'indicator.percent_out_of_range' for a percentage outside 0–100. */
export function requireIndicatorValue(
  indicatorId: string,
  unit: string,
  value: unknown,
  what: string,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw unprocessable(
      'indicator.value_invalid',
      `The ${what} of indicator ${indicatorId} must be a number, not "${String(value)}".`,
      {
        indicatorId,
        value,
      },
    );
  }
  if (isPercentUnit(unit) && (value < 0 || value > 100)) {
    throw unprocessable(
      'indicator.percent_out_of_range',
      `The ${what} of indicator ${indicatorId} is ${value}%, but a percentage lies between 0 and 100.`,
      { indicatorId, value },
    );
  }
  return value;
}

export function requireTargetYear(indicatorId: string, year: unknown): number {
  if (!isTargetYear(year)) {
    throw unprocessable(
      'indicator.target_year_invalid',
      `"${String(year)}" is not a valid target year for indicator ${indicatorId}.`,
      {
        indicatorId,
        year,
      },
    );
  }
  return year;
}
