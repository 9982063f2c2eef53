import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_FILE_TYPES, type ReceivedEvidence } from '@giaoviec/evidence';

/** A file taken in for a task: name it by `evidenceId` in the report it goes with. */
export class EvidenceUploadedResponse implements ReceivedEvidence {
  @ApiProperty({
    format: 'uuid',
    description: 'Name it in the report: `evidenceIds` of /progress, /complete or /periodic-reports',
  })
  evidenceId!: string;
  @ApiProperty({ example: 'Báo cáo số 12-BC-STC (đã ký).pdf' }) fileName!: string;
  @ApiProperty({ enum: EVIDENCE_FILE_TYPES.map((type) => type.contentType), example: 'application/pdf' })
  contentType!: string;
  @ApiProperty({ example: 182411, description: 'Bytes received' }) sizeBytes!: number;
  @ApiProperty({
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 of the bytes received, lower-case hex: what the report’s event records',
  })
  sha256!: string;
}
