import type { RebuildResult } from '@giaoviec/reporting';

/** The line the rebuild command prints: which generation went live and which was retired. */
export function rebuildSummary(
  result: Pick<RebuildResult, 'generation' | 'schema' | 'previous' | 'eventsApplied'> & {
    durationMs: number;
  },
): string {
  return (
    `Read models rebuilt into generation ${result.generation} (${result.schema}): ` +
    `${result.eventsApplied} events in ${Math.round(result.durationMs)} ms; now live, ` +
    `generation ${result.previous.generation} (${result.previous.schema}) retired.`
  );
}
