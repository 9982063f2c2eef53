import type { CancelTask, MergeCoordinatingAgencies, ReassignTask } from './task.commands';
import { isOpenStatus, type TaskStatus } from './task.state';

/** What the merger needs to know of a task: the decider's state or a read-model row. */
export interface MergeableTask {
  readonly taskId: string;
  readonly status: TaskStatus;
  readonly leadAgencyId: string;
  readonly coordinatingAgencyIds: readonly string[];
  /** Tasks given to every commune at once share a group. */
  readonly groupId: string | null;
  readonly lastPercentComplete: number | null;
}

export interface AgencyMerger {
  /** The communes merged away. The target may be among them (A absorbs B): its own tasks stay. */
  readonly mergedAgencyIds: readonly string[];
  readonly targetAgencyId: string;
  /** Read by people in the audit trail: names the agencies and the decision, in Vietnamese. */
  readonly reason: string;
}

export type MergerCommand = ReassignTask | CancelTask | MergeCoordinatingAgencies;

/** How far a task has gone: the one kept of a group is the furthest along. */
const PROGRESS_RANK: Partial<Record<TaskStatus, number>> = { completed: 3, in_progress: 2, assigned: 1 };

/**
 * What a merger of communes (or departments) does to their OPEN tasks — assigned, in
 * progress, completed awaiting review; accepted and cancelled tasks stay with the agency that
 * held them, as history is not rewritten:
 * - a task they lead moves to the surviving agency (TaskReassigned, cause `agency_merger`),
 *   which acknowledges it anew;
 * - a task they coordinate is coordinated by the surviving agency instead;
 * - a group given to every commune keeps ONE task per surviving commune, so "27 of 40" is
 *   counted over the communes there are: the surviving agency's own task if it had one, else
 *   the one furthest along; the others are cancelled as duplicates of it, with the reason.
 * Each command goes through the task decider, so repeating the merger after an interruption
 * completes what is missing and repeats nothing.
 */
export function mergerCommands(merger: AgencyMerger, tasks: readonly MergeableTask[]): MergerCommand[] {
  const target = merger.targetAgencyId;
  const merged = new Set(merger.mergedAgencyIds.filter((id) => id !== target));
  const open = tasks.filter((task) => task.status !== 'not_assigned' && isOpenStatus(task.status));
  const survivingHolder = (task: MergeableTask) =>
    task.leadAgencyId === target || merged.has(task.leadAgencyId);

  const commands: MergerCommand[] = [];
  const duplicates = new Set<string>();
  for (const members of groupsOf(open.filter(survivingHolder)).values()) {
    if (members.length < 2) continue;
    const [kept, ...others] = [...members].sort((a, b) => keepOrder(a, b, target));
    for (const duplicate of others) {
      duplicates.add(duplicate.taskId);
      commands.push({
        type: 'CancelTask',
        data: {
          taskId: duplicate.taskId,
          reason: `${merger.reason}. Đơn vị sau sáp nhập đã có nhiệm vụ này trong cùng đợt giao; tiếp tục thực hiện ở nhiệm vụ được giữ lại.`,
          duplicateOfTaskId: kept.taskId,
        },
      });
    }
  }

  for (const task of open) {
    if (duplicates.has(task.taskId)) continue;
    if (merged.has(task.leadAgencyId)) {
      commands.push({
        type: 'ReassignTask',
        data: { taskId: task.taskId, toAgencyId: target, reason: merger.reason, cause: 'agency_merger' },
      });
    }
    const mergedCoordinators = task.coordinatingAgencyIds.filter((id) => merged.has(id));
    if (mergedCoordinators.length > 0) {
      commands.push({
        type: 'MergeCoordinatingAgencies',
        data: {
          taskId: task.taskId,
          mergedAgencyIds: mergedCoordinators,
          intoAgencyId: target,
          reason: merger.reason,
        },
      });
    }
  }
  return commands;
}

function groupsOf(tasks: readonly MergeableTask[]): Map<string, MergeableTask[]> {
  const groups = new Map<string, MergeableTask[]>();
  for (const task of tasks) {
    if (task.groupId === null) continue;
    groups.set(task.groupId, [...(groups.get(task.groupId) ?? []), task]);
  }
  return groups;
}

/** The surviving agency's own task first, then the furthest along, then by id so the choice is repeatable. */
function keepOrder(a: MergeableTask, b: MergeableTask, target: string): number {
  const own = Number(b.leadAgencyId === target) - Number(a.leadAgencyId === target);
  if (own !== 0) return own;
  const rank = (PROGRESS_RANK[b.status] ?? 0) - (PROGRESS_RANK[a.status] ?? 0);
  if (rank !== 0) return rank;
  const progress = (b.lastPercentComplete ?? 0) - (a.lastPercentComplete ?? 0);
  if (progress !== 0) return progress;
  return a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0;
}
