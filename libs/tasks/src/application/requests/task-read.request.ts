import { AsOfQueryParam } from '@giaoviec/platform';

/** GET /tasks/{taskId} and GET /tasks/{taskId}/history query parameters. */
export class TaskReadRequest {
  @AsOfQueryParam({ fromDayBuild: false })
  asOf?: string;
}
