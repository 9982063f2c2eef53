import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventSourcedExecutor, ResourceOwners } from '@giaoviec/platform';
import { isAssigned, taskDecider, taskStreamId } from '../domain';

/** Tells the policy which agencies a task belongs to: its lead, and for some actions its coordinating agencies. */
@Injectable()
export class TaskOwnership implements OnModuleInit {
  constructor(
    private readonly owners: ResourceOwners,
    private readonly executor: EventSourcedExecutor,
  ) {}

  onModuleInit(): void {
    this.owners.register('task_lead', async (taskId) => {
      const task = await this.load(taskId);
      return task && [task.leadAgencyId];
    });
    this.owners.register('task_participant', async (taskId) => {
      const task = await this.load(taskId);
      return task && [task.leadAgencyId, ...task.coordinatingAgencyIds];
    });
    this.owners.register('task_coordinator', async (taskId) => {
      const task = await this.load(taskId);
      return task && task.coordinatingAgencyIds;
    });
  }

  private async load(taskId: string) {
    const { state } = await this.executor.load(taskStreamId(taskId), taskDecider);
    return isAssigned(state) ? state : undefined;
  }
}
