import type { MergeCoordinatingAgencies } from './task.commands';
import type { TaskEvent } from './task.events';
import { requireAssigned, requireOpen, requireText } from './task.guards';
import type { TaskState } from './task.state';

/**
 * After a merger the surviving agency takes over the merged agencies' coordinating part.
 * Idempotent: a task no longer naming any of them needs nothing, so a merger repeated after
 * an interruption records nothing twice.
 */
export function mergeCoordinatingAgencies(
  { data }: MergeCoordinatingAgencies,
  state: TaskState,
): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireOpen(task, 'have its coordinating agencies merged');
  const intoAgencyId = requireText(
    data.intoAgencyId,
    'task.agency_required',
    `Merging the coordinating agencies of task ${task.taskId} requires the surviving agency.`,
    { taskId: task.taskId },
  );
  const reason = requireText(
    data.reason,
    'task.reason_required',
    `Merging the coordinating agencies of task ${task.taskId} requires a reason.`,
    { taskId: task.taskId },
  );
  const mergedAgencyIds = task.coordinatingAgencyIds.filter(
    (id) => id !== intoAgencyId && (data.mergedAgencyIds ?? []).includes(id),
  );
  if (mergedAgencyIds.length === 0) return [];
  return [
    {
      type: 'CoordinatingAgenciesMerged',
      data: { taskId: task.taskId, mergedAgencyIds, intoAgencyId, reason },
    },
  ];
}
