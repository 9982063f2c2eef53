import { ApiProperty } from '@nestjs/swagger';
import { CommandAcceptedResponse } from '@giaoviec/platform';

/** POST /tasks/{taskId}/extension-requests: the command's answer and the request to grant or reject. */
export class ExtensionRequestedResponse extends CommandAcceptedResponse {
  @ApiProperty({
    description: 'The id of the request, for …/extension-requests/{requestId}/grant or /reject',
  })
  requestId!: string;
}
