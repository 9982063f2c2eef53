import { taskViolation } from './task-rules';

/** A percentage complete, when given, is a number from 0 to 100. */
export function requireValidPercent(percent: unknown, taskId: string): number | undefined {
  if (percent === undefined) return undefined;
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw taskViolation(
      'progress.invalid_percent',
      `The percentage complete reported on task ${taskId} must be a number from 0 to 100; got ${JSON.stringify(percent)}.`,
      { taskId, percentComplete: percent },
    );
  }
  return percent;
}
