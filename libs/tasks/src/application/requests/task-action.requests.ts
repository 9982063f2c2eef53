import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsLocalDate, SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';
import {
  ESCALATION_LEVELS,
  MAX_DISCUSSION_TEXT_LENGTH,
  MAX_EVIDENCE_PER_REPORT,
  type EscalationLevel,
} from '../../domain';
import { VersionedRequest } from './versioned.request';

/** The key of a month, quarter, half-year or year; which one a task owes is the domain's to say. */
const PERIOD_KEY = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/;

/** A report that may name the files uploaded for it (POST /tasks/{taskId}/evidence). */
class ReportWithEvidenceRequest extends VersionedRequest {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_EVIDENCE_PER_REPORT,
    description:
      'The files sent with the report: the evidenceId of each upload (POST /tasks/{taskId}/evidence) by your agency for this task. ' +
      "Their name, type, size and SHA-256 are recorded in the report's event.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVIDENCE_PER_REPORT)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  evidenceIds?: string[];
}

export class AcknowledgeTaskRequest extends VersionedRequest {
  @ApiPropertyOptional({ example: 'Đã tiếp nhận, giao phòng Công nghệ thông tin chủ trì' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ReportProgressRequest extends ReportWithEvidenceRequest {
  @ApiPropertyOptional({ description: 'Stable id of this report; generated when omitted' })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  reportId?: string;

  @ApiProperty({ example: 'Đã hoàn thành khảo sát hiện trạng tại 40 phường, xã' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  summary!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 40 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percentComplete?: number;
}

/** The same fields as the lead agency's acknowledgement and progress report. */
export class AcknowledgeCoordinationRequest extends AcknowledgeTaskRequest {}
/** reportId is chosen by the client: the same id again records nothing. */
export class ReportContributionRequest extends ReportProgressRequest {}

export class SubmitPeriodicReportRequest extends ReportWithEvidenceRequest {
  @ApiPropertyOptional({ description: 'Stable id of this report; generated when omitted' })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  reportId?: string;

  @ApiProperty({
    example: '2026-Q2',
    description:
      'The period reported on, as the task names its period in hand: 2026-05, 2026-Q2, 2026-H1 or 2026',
  })
  @Matches(PERIOD_KEY, { message: 'must be a period such as 2026-05, 2026-Q2, 2026-H1 or 2026' })
  periodKey!: string;

  @ApiProperty({ example: 'Báo cáo kết quả chỉ tiêu KPI quý II/2026: 12/15 chỉ tiêu đạt' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  summary!: string;
}

export class RequestExtensionRequest extends VersionedRequest {
  @ApiPropertyOptional({ description: 'Stable id of this request; generated when omitted' })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  requestId?: string;

  @ApiProperty({ example: '2027-03-31' })
  @IsLocalDate()
  requestedDueDate!: string;

  @ApiProperty({ example: 'Chờ kinh phí bổ sung' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason!: string;
}

export class GrantExtensionRequest extends VersionedRequest {
  @ApiPropertyOptional({ example: '2027-02-28', description: 'Defaults to the requested date' })
  @IsOptional()
  @IsLocalDate()
  newDueDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ReasonRequest extends VersionedRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason!: string;
}

export class RejectExtensionRequest extends ReasonRequest {}
export class ReturnCompletionRequest extends ReasonRequest {}
export class CancelTaskRequest extends ReasonRequest {}

export class ReassignTaskRequest extends ReasonRequest {
  @ApiProperty({ example: 'so-tai-chinh' })
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  toAgencyId!: string;

  @ApiPropertyOptional({
    example: '2027-03-31',
    description:
      'A new deadline for the receiving agency, from today to the end of the plan; kept when absent',
  })
  @IsOptional()
  @IsLocalDate()
  newDueDate?: string;
}

export class CompleteTaskRequest extends ReportWithEvidenceRequest {
  @ApiProperty({ example: 'Đã đưa vào vận hành nền tảng; báo cáo kết quả số 12/BC-SKHCN' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  result!: string;
}

export class AcceptCompletionRequest extends VersionedRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

export class EscalateTaskRequest extends VersionedRequest {
  @ApiProperty({ enum: ESCALATION_LEVELS })
  @IsIn(ESCALATION_LEVELS)
  level!: EscalationLevel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  reason?: string;
}

export class ReopenTaskRequest extends ReasonRequest {
  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @IsLocalDate()
  newDueDate?: string;
}

/** Ý kiến chỉ đạo or trao đổi: a text; who wrote it comes from the access token. */
export class DiscussionEntryRequest {
  @ApiProperty({
    example:
      'Đề nghị Sở Tài chính hoàn thành trước ngày 30/9/2026 và báo cáo kết quả về Sở Khoa học và Công nghệ.',
    maxLength: MAX_DISCUSSION_TEXT_LENGTH,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DISCUSSION_TEXT_LENGTH)
  text!: string;
}
