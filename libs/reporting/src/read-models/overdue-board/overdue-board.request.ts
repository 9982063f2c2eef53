import { AsOfQueryParam } from '@giaoviec/platform';
import { AgencyTaskFilterRequest } from '../shared/read-model.requests';

/** GET /dashboard/overdue query parameters: agencyId (+ participation), planId, limit, offset, asOf. */
export class OverdueBoardRequest extends AgencyTaskFilterRequest {
  @AsOfQueryParam()
  asOf?: string;
}
