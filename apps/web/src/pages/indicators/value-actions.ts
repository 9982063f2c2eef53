import type { SessionUser } from '../../api/session-store';
import type { IndicatorScore } from '../../api/leadership-views';
import { can } from '../../session/permissions';

/**
 * What the signed-in person may do with an indicator's values on this page: its responsible
 * agency's officers report them; the standing office reports too (saying why when the agency
 * is another's) (its review is the 'indicators.review_values' capability). The API decides in the end.
 */
export function valueActionsOf(user: SessionUser, indicator: Pick<IndicatorScore, 'responsibleAgencyId'>) {
  const ownAgency = user.agencyId === indicator.responsibleAgencyId;
  const reviews = can(user.role, 'indicators.review_values');
  const agencyWorker = can(user.role, 'work.own-tasks');
  return { report: (agencyWorker && ownAgency) || reviews, onBehalf: !ownAgency };
}
