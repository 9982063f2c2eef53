import type { Projection } from '../projection';

/**
 * The projections an as-of generation is built with: each live one as it asks to be kept
 * for past days (itself, a lighter stand-in, or nothing; see Projection.pointInTime).
 */
export function pointInTimeProjections(live: readonly Projection[]): readonly Projection[] {
  return live.flatMap((projection) => {
    if (projection.pointInTime === null) return [];
    return [projection.pointInTime ?? projection];
  });
}
