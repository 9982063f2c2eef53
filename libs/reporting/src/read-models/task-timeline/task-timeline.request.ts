import { AsOfQueryParam } from '@giaoviec/platform';
import { CursorParam, LimitRequest } from '../shared/read-model.requests';

/** GET /tasks/{taskId}/timeline: a page of the task's trail, oldest first. */
export class TaskTimelineRequest extends LimitRequest {
  @CursorParam()
  cursor?: string;

  @AsOfQueryParam({ fromDayBuild: false })
  asOf?: string;
}
