import { ApiProperty } from '@nestjs/swagger';
import { CommandAcceptedResponse } from '@giaoviec/platform';

/** POST /plans/{planId}/amendments: the plan's stream and each indicator whose target it revised. */
export class AmendmentRecordedResponse {
  @ApiProperty() amendmentId!: string;
  @ApiProperty({
    type: [CommandAcceptedResponse],
    description: "The plan's stream first, then each indicator's",
  })
  streams!: readonly CommandAcceptedResponse[];
}
