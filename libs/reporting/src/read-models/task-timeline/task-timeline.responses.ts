import { ApiAsOfAnswer } from '@giaoviec/platform';
import type { LocalDate } from '@giaoviec/kernel';
import type { AuditPage } from '../audit/audit.queries';
import { AuditPageView } from '../audit/audit.responses';

/** A page of the task's trail, and the past day it stops at (?asOf=). */
export type TaskTimelinePage = AuditPage & { readonly asOf: LocalDate | null };

export class TaskTimelineView extends AuditPageView implements TaskTimelinePage {
  @ApiAsOfAnswer() asOf!: string | null;
}
