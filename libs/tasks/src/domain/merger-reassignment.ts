import type { ReassignTask } from './task.commands';
import { isOpenStatus, type TaskStatus } from './task.state';

/** What the merger needs to know of a task: the decider's state or a read-model row. */
export interface MergeableTask {
  readonly taskId: string;
  readonly status: TaskStatus;
  readonly leadAgencyId: string;
}

export interface AgencyMerger {
  /** The communes merged away. The target may be among them (A absorbs B): its own tasks stay. */
  readonly mergedAgencyIds: readonly string[];
  readonly targetAgencyId: string;
  /** Defaults to a sentence naming the agencies. */
  readonly reason?: string;
}

/**
 * When communes merge, their OPEN tasks move to the new agency: assigned, in progress,
 * and completed-awaiting-review (if the review returns it, the successor agency must
 * carry on). Accepted and cancelled tasks stay with the agency that held them: history
 * is not rewritten. Each command, run through the task decider, records TaskReassigned
 * with cause 'agency_merger' and leaves the task to be acknowledged by the new agency.
 */
export function mergerReassignments(merger: AgencyMerger, tasks: readonly MergeableTask[]): ReassignTask[] {
  const merged = new Set(merger.mergedAgencyIds.filter((id) => id !== merger.targetAgencyId));
  const reason =
    merger.reason ?? `Agencies ${[...merged].join(', ')} were merged into agency ${merger.targetAgencyId}.`;
  return tasks
    .filter(
      (task) => task.status !== 'not_assigned' && isOpenStatus(task.status) && merged.has(task.leadAgencyId),
    )
    .map((task) => ({
      type: 'ReassignTask',
      data: { taskId: task.taskId, toAgencyId: merger.targetAgencyId, reason, cause: 'agency_merger' },
    }));
}
