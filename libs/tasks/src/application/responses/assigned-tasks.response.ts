import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, CommandAcceptedResponse } from '@giaoviec/platform';
import type { AssignedTasks } from '../task.commands';

export class AssignedTaskWritten extends CommandAcceptedResponse {
  @ApiProperty() taskId!: string;
  @ApiProperty() leadAgencyId!: string;
}

/** POST /plans/{planId}/tasks: one task, or one per active commune under one group. */
export class AssignedTasksResponse implements AssignedTasks {
  @ApiNullable(String, { description: 'Set when the task went to every commune (a fan-out group)' })
  groupId!: string | null;
  @ApiProperty({ type: [AssignedTaskWritten], description: 'Each task assigned, with its stream version' })
  tasks!: readonly AssignedTaskWritten[];
}
