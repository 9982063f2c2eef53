import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import {
  AgencyDirectoryReader,
  agencyDecider,
  agencyDirectoryEntry,
  agencyStreamId,
} from '@giaoviec/agencies';
import { localDateAt, unprocessable, type Clock } from '@giaoviec/kernel';
import { planDecider, planStreamId, requireOpenPlan } from '@giaoviec/planning';
import { CLOCK, EventSourcedExecutor, derivedId } from '@giaoviec/platform';
import { fanOutAssignment, taskDecider, taskStreamId, type AssignTaskData } from '../domain';
import { AssignTaskCommand, type AssignedTasks } from './task.commands';

const COMMUNE_TASK_NAMESPACE = 'c1f1e0d2-5a43-4d7e-8b0e-1f6c2a9e3b57';

/**
 * Checks what the task's own stream cannot know — the plan is open, the agencies exist and
 * are active — then records TaskAssigned on one stream, or on one stream per commune.
 */
@CommandHandler(AssignTaskCommand)
export class AssignTaskHandler implements ICommandHandler<AssignTaskCommand> {
  constructor(
    private readonly executor: EventSourcedExecutor,
    private readonly agencies: AgencyDirectoryReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ planId, assignment, target, context }: AssignTaskCommand): Promise<AssignedTasks> {
    const { state: planState } = await this.executor.load(planStreamId(planId), planDecider);
    const plan = requireOpenPlan(planState, planId, 'given new tasks');
    for (const agencyId of assignment.coordinatingAgencyIds ?? []) {
      await this.requireActiveAgency(agencyId, 'coordinate');
    }
    const { taskId: chosenTaskId, source, ...rest } = assignment;
    const shared = {
      ...rest,
      ...(source && {
        source: {
          ...source,
          documentNumber: source.documentNumber === undefined ? plan.number : source.documentNumber,
        },
      }),
    };

    if ('leadAgencyId' in target) {
      await this.requireActiveAgency(target.leadAgencyId, 'lead');
      const taskId = chosenTaskId ?? derivedId(context, 'task');
      const data: AssignTaskData = {
        ...shared,
        planId,
        planEndsOn: plan.period.to,
        taskId,
        leadAgencyId: target.leadAgencyId,
        groupId: null,
      };
      const written = await this.executor.execute({
        streamId: taskStreamId(taskId),
        decider: taskDecider,
        command: { type: 'AssignTask', data },
        context,
      });
      return { groupId: null, tasks: [{ ...written, taskId, leadAgencyId: target.leadAgencyId }] };
    }

    if (chosenTaskId !== undefined) {
      throw unprocessable(
        'task.fan_out_task_id',
        'A task for all communes gets one id per commune; do not send taskId.',
      );
    }
    // The directory follows the global log, so a commune registered a moment ago may be missing
    // for a moment; the list of communes changes with administrative reforms, not by the second.
    const directory = await this.agencies.current();
    const groupId = derivedId(context, 'task-group');
    const now = this.clock.now();
    const fannedOut = fanOutAssignment(
      {
        ...shared,
        planId,
        planEndsOn: plan.period.to,
        groupId,
        taskIdFor: (agencyId) => uuidv5(`${groupId}\n${agencyId}`, COMMUNE_TASK_NAMESPACE),
      },
      Object.values(directory),
      { actor: context.actor, now, today: localDateAt(now) },
    );
    const tasks = [];
    for (const { taskId, leadAgencyId, command } of fannedOut) {
      const written = await this.executor.execute({
        streamId: taskStreamId(taskId),
        decider: taskDecider,
        command,
        context,
      });
      tasks.push({ ...written, taskId, leadAgencyId });
    }
    return { groupId, tasks };
  }

  /** Read from the agency's own stream, which is exact, rather than from the directory, which may lag. */
  private async requireActiveAgency(agencyId: string, role: 'lead' | 'coordinate'): Promise<void> {
    const { state } = await this.executor.load(agencyStreamId(agencyId), agencyDecider);
    const agency = agencyDirectoryEntry(state);
    if (!agency) {
      throw unprocessable(
        'task.agency_unknown',
        `Agency ${agencyId} is not registered, so it cannot ${role} a task.`,
        {
          agencyId,
        },
      );
    }
    if (!agency.active) {
      throw unprocessable(
        'task.agency_retired',
        `${agency.name} (${agencyId}) is retired${agency.mergedIntoAgencyId ? ` and merged into ${agency.mergedIntoAgencyId}` : ''}, so it cannot ${role} a task.`,
        { agencyId, mergedIntoAgencyId: agency.mergedIntoAgencyId },
      );
    }
  }
}
