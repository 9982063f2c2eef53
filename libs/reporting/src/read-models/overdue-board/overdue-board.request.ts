import { AgencyTaskFilterRequest } from '../shared/read-model.requests';

/** GET /dashboard/overdue query parameters: agencyId (+ participation), planId, limit, offset. */
export class OverdueBoardRequest extends AgencyTaskFilterRequest {}
