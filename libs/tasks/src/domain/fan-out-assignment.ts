import type { DecisionContext } from '@giaoviec/kernel';
import type { AssignTask, AssignTaskData } from './task.commands';
import { taskDecider } from './task.decider';
import type { TaskAssigned } from './task.events';
import { taskViolation } from './task-rules';
import { initialTaskState } from './task.state';

/** The agency kinds of the directory (@giaoviec/agencies); the fan-out only picks the communes. */
export const AGENCY_KINDS = ['department', 'commune', 'other', 'ministry'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** What the fan-out needs to know of an agency. */
export interface FanOutAgency {
  readonly agencyId: string;
  readonly kind: AgencyKind;
  readonly active: boolean;
}

/** The commune's task id; the application derives it deterministically (e.g. from the group id and the agency id). */
export type TaskIdForCommune =
  ((communeAgencyId: string) => string) | ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/** One assignment given to "all communes": everything of AssignTask but the task id and the lead agency. */
export interface FanOutAssignment extends Omit<AssignTaskData, 'taskId' | 'leadAgencyId' | 'groupId'> {
  /** Shared by every commune's task, so the group can be tracked as "27 of 40 done". */
  readonly groupId: string;
  readonly taskIdFor: TaskIdForCommune;
}

export interface FannedOutTask {
  readonly taskId: string;
  readonly leadAgencyId: string;
  /** The command to run against stream `task-<taskId>`. */
  readonly command: AssignTask;
  /** What the command decides on a new stream: exactly one TaskAssigned. */
  readonly events: TaskAssigned[];
}

/**
 * One task per ACTIVE commune, each led by that commune, all linked by the group id.
 * Each is decided by the task decider itself, so a fanned-out task obeys every rule a
 * single one does. A commune in the coordinating list is dropped from its own task's
 * coordinating agencies (it leads it). Communes come in the order given.
 */
export function fanOutAssignment(
  assignment: FanOutAssignment,
  agencies: readonly FanOutAgency[],
  context: DecisionContext,
): FannedOutTask[] {
  const communes = agencies.filter((agency) => agency.kind === 'commune' && agency.active);
  if (communes.length === 0) {
    throw taskViolation(
      'task.fan_out_no_active_commune',
      `Task group ${assignment.groupId} cannot be assigned to all communes: there is no active commune.`,
      { groupId: assignment.groupId },
    );
  }
  const { taskIdFor, groupId, ...shared } = assignment;
  const seen = new Set<string>();
  return communes.map((commune) => {
    const taskId = resolveTaskId(taskIdFor, commune.agencyId);
    if (seen.has(taskId)) {
      throw new Error(`Fan-out of group ${groupId} gave task id ${taskId} to more than one commune`);
    }
    seen.add(taskId);
    const command: AssignTask = {
      type: 'AssignTask',
      data: {
        ...shared,
        taskId,
        leadAgencyId: commune.agencyId,
        coordinatingAgencyIds: (shared.coordinatingAgencyIds ?? []).filter((id) => id !== commune.agencyId),
        groupId,
      },
    };
    const events = taskDecider.decide(command, initialTaskState(), context) as TaskAssigned[];
    return { taskId, leadAgencyId: commune.agencyId, command, events };
  });
}

function resolveTaskId(taskIdFor: TaskIdForCommune, agencyId: string): string {
  const taskId =
    typeof taskIdFor === 'function'
      ? taskIdFor(agencyId)
      : taskIdFor instanceof Map
        ? taskIdFor.get(agencyId)
        : (taskIdFor as Readonly<Record<string, string>>)[agencyId];
  // The application supplies the ids: a missing one is a bug, not something a client sent.
  if (typeof taskId !== 'string' || taskId === '') {
    throw new Error(`No task id was given for commune ${agencyId}`);
  }
  return taskId;
}
