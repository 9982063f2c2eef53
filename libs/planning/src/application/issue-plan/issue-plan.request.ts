import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';
import { SignerDto } from '../shared.dto';

export class PlanPeriodDto {
  @ApiProperty({ example: '2026-01-01' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsLocalDate()
  to!: string;
}

export class PlanPhaseDto {
  @ApiProperty({ example: 'Giai đoạn 2026 – 2028' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: '2028-12-31' })
  @IsLocalDate()
  to!: string;

  @ApiProperty({
    example: 'Hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng theo phương án đã xây dựng',
    description: 'What the phase concentrates on, as the plan words it',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  focus!: string;
}

export class IssuePlanRequest {
  @ApiPropertyOptional({ example: 'kh-495-2025', description: 'Stable id; generated when omitted' })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  planId?: string;

  @ApiPropertyOptional({
    example: '495/KH-UBND',
    nullable: true,
    description: 'Left out or null when the source document gives no number (recorded as unknown)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  number?: string | null;

  @ApiProperty({ example: 'Kế hoạch chuyển đổi số thành phố Huế năm 2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  title!: string;

  @ApiPropertyOptional({
    example: '2025-12-31',
    nullable: true,
    description: 'Left out or null when the source document gives no date of issue (recorded as unknown)',
  })
  @IsOptional()
  @IsLocalDate()
  issuedOn?: string | null;

  @ApiPropertyOptional({
    type: SignerDto,
    nullable: true,
    description: 'Left out or null when the source does not name the signer (recorded as unknown)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignerDto)
  signer?: SignerDto | null;

  @ApiProperty({ example: 'UBND thành phố Huế' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  issuingAuthority!: string;

  @ApiProperty({ type: PlanPeriodDto })
  @ValidateNested()
  @Type(() => PlanPeriodDto)
  period!: PlanPeriodDto;

  @ApiProperty({ type: [String], example: ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  legalBases!: string[];

  @ApiPropertyOptional({ example: 'so-khcn', description: 'The standing office (cơ quan thường trực)' })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  standingAgencyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;

  @ApiPropertyOptional({
    type: [PlanPhaseDto],
    description:
      'The phases (giai đoạn thực hiện), in order, inside the period and not overlapping; left out when the plan has none',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanPhaseDto)
  phases?: PlanPhaseDto[];
}
