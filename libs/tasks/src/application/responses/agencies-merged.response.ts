import { ApiProperty } from '@nestjs/swagger';
import { CommandAcceptedResponse } from '@giaoviec/platform';
import type { MergeOutcome } from '../merge-agencies.handler';

export class ReassignedTaskWritten extends CommandAcceptedResponse {
  @ApiProperty() taskId!: string;
}

/** POST /agencies/merges: the agency streams written, then each open task moved to the surviving agency. */
export class AgenciesMergedResponse implements MergeOutcome {
  @ApiProperty({
    type: [CommandAcceptedResponse],
    description: 'The surviving agency first, then each merged one',
  })
  agencies!: CommandAcceptedResponse[];
  @ApiProperty({
    type: [ReassignedTaskWritten],
    description: 'Tasks they led, now led by the surviving agency',
  })
  reassignedTasks!: readonly ReassignedTaskWritten[];
  @ApiProperty({
    type: [ReassignedTaskWritten],
    description: 'Tasks they coordinated, now coordinated by the surviving agency',
  })
  coordinationMerged!: readonly ReassignedTaskWritten[];
  @ApiProperty({
    type: [ReassignedTaskWritten],
    description:
      'Second tasks of one group for the surviving agency, cancelled as duplicates of the one kept',
  })
  duplicatesClosed!: readonly ReassignedTaskWritten[];
}
