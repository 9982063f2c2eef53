import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiDay, ApiNullable } from '@giaoviec/platform';
import type {
  AmendingDocument,
  IssuedPlan,
  PlanAmendedData,
  PlanPeriod,
  PlanPhase,
  Signer,
  TargetRevision,
} from '../../domain';

export class SignerView implements Signer {
  @ApiProperty({ example: 'Nguyễn Khắc Toàn' }) name!: string;
  @ApiProperty({ example: 'Chủ tịch' }) title!: string;
}

export class PlanPeriodView implements PlanPeriod {
  @ApiDay() from!: string;
  @ApiDay() to!: string;
}

export class PlanPhaseView implements PlanPhase {
  @ApiProperty({ example: 'Giai đoạn 2026 – 2028' }) name!: string;
  @ApiDay() from!: string;
  @ApiDay() to!: string;
  @ApiProperty({
    example: 'Hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng theo phương án đã xây dựng',
    description: 'What the phase concentrates on, as the plan words it',
  })
  focus!: string;
}

export class AmendingDocumentView implements AmendingDocument {
  @ApiNullable(String) number!: string | null;
  @ApiProperty() title!: string;
  @ApiDay({ nullable: true }) issuedOn!: string | null;
  @ApiPropertyOptional({ type: SignerView }) signer?: SignerView;
}

export class PlanTargetRevisionView implements TargetRevision {
  @ApiProperty() indicatorId!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiNullable(Number) previousValue!: number | null;
  @ApiProperty() newValue!: number;
}

export class PlanAmendmentView implements PlanAmendedData {
  @ApiProperty() planId!: string;
  @ApiProperty() amendmentId!: string;
  @ApiProperty({ type: AmendingDocumentView }) amendingDocument!: AmendingDocumentView;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [PlanTargetRevisionView] }) targetRevisions!: readonly PlanTargetRevisionView[];
  @ApiPropertyOptional({ type: [String] }) addedIndicatorIds?: readonly string[];
  @ApiPropertyOptional({ type: [String] }) addedTaskCodes?: readonly string[];
}

/** A plan as its stream says now: everything it was issued with, its amendments, and its version. */
export class PlanView implements IssuedPlan {
  @ApiProperty({ enum: ['open', 'closed'], enumName: 'PlanStatus' }) status!: 'open' | 'closed';
  @ApiProperty() planId!: string;
  @ApiNullable(String, { example: '495/KH-UBND', description: 'Null when the source gives no number' })
  number!: string | null;
  @ApiProperty() title!: string;
  @ApiDay({ nullable: true }) issuedOn!: string | null;
  @ApiNullable(SignerView) signer!: SignerView | null;
  @ApiProperty({ example: 'UBND thành phố Huế' }) issuingAuthority!: string;
  @ApiProperty({ type: [String], description: 'The căn cứ, as issued' }) legalBases!: readonly string[];
  @ApiNullable(String) summary!: string | null;
  @ApiProperty({ type: PlanPeriodView }) period!: PlanPeriodView;
  @ApiProperty({
    type: [PlanPhaseView],
    description:
      'The phases (giai đoạn thực hiện) in order, inside the period; empty when issued without any',
  })
  phases!: readonly PlanPhaseView[];
  @ApiPropertyOptional({ example: 'so-khcn' }) standingAgencyId?: string;
  @ApiProperty({ type: [PlanAmendmentView], description: 'In the order they were recorded' })
  amendments!: readonly PlanAmendmentView[];
  @ApiDay({ required: false }) closedOn?: string;
  @ApiPropertyOptional() closeReason?: string;
  @ApiProperty({ type: 'integer', description: 'Stream version; send it back as If-Match' }) version!: number;
}
