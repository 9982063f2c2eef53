import { ApiProperty } from '@nestjs/swagger';
import type { StreamWriteResult } from '../commands/command-result';

class WrittenEvent {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'TaskAcknowledged' }) type!: string;
}

/** The answer to every command: where it wrote and what. */
export class CommandAcceptedResponse implements StreamWriteResult {
  @ApiProperty({ example: 'task-3f1c…' }) streamId!: string;
  @ApiProperty({ description: 'Stream version after the command; send it back as If-Match', example: 3 })
  version!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Global log position of the last event written; read models that reached it show this command',
  })
  position!: string | null;
  @ApiProperty({ type: [WrittenEvent] }) events!: readonly WrittenEvent[];
  @ApiProperty({
    description: 'True when this command had already been applied and was answered from the log',
  })
  replayed!: boolean;
}
