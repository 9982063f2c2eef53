import { AsOfQueryParam } from '@giaoviec/platform';

/** GET /tasks/{taskId} query parameters. */
export class TaskReadRequest {
  @AsOfQueryParam()
  asOf?: string;
}
