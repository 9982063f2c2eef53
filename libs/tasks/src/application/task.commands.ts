import { Command } from '@nestjs/cqrs';
import type { CommandContext, StreamWriteResult } from '@giaoviec/platform';
import type { AssignTaskData, TaskCommand, TaskSource } from '../domain';

/** Any command on an existing task, decided by the task's stream alone. */
export class ExecuteTaskCommand extends Command<StreamWriteResult> {
  constructor(
    readonly command: Exclude<TaskCommand, { type: 'AssignTask' }>,
    readonly context: CommandContext,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

export type AssignmentTarget = { readonly leadAgencyId: string } | { readonly allCommunes: true };

export interface AssignedTasks {
  /** Set when the task went to every commune. */
  readonly groupId: string | null;
  readonly tasks: ReadonlyArray<
    StreamWriteResult & { readonly taskId: string; readonly leadAgencyId: string }
  >;
}

/** Assign a task of a plan to one agency, or one task to each active commune. */
export class AssignTaskCommand extends Command<AssignedTasks> {
  constructor(
    readonly planId: string,
    readonly assignment: Omit<
      AssignTaskData,
      'taskId' | 'leadAgencyId' | 'groupId' | 'planId' | 'planEndsOn' | 'source'
    > & {
      taskId?: string;
      /** Without documentNumber, the plan's own number. */
      source?: Omit<TaskSource, 'documentNumber'> & { documentNumber?: string | null };
    },
    readonly target: AssignmentTarget,
    readonly context: CommandContext,
  ) {
    super();
  }
}
