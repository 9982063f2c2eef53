import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';
import { SignerDto } from '../shared.dto';

export class AmendingDocumentDto {
  @ApiPropertyOptional({
    example: '160/KH-UBND',
    nullable: true,
    description: 'Left out or null when the document shows no number (recorded as unknown)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  number?: string | null;

  @ApiProperty({ example: 'Kế hoạch sửa đổi, bổ sung Kế hoạch số 284/KH-UBND' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  title!: string;

  @ApiPropertyOptional({
    example: '2026-07-01',
    nullable: true,
    description: 'Left out or null when the document shows no date (recorded as unknown)',
  })
  @IsOptional()
  @IsLocalDate()
  issuedOn?: string | null;

  @ApiPropertyOptional({ type: SignerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignerDto)
  signer?: SignerDto;
}

export class TargetRevisionDto {
  @ApiProperty({ example: 'kte-so-ty-trong-grdp' })
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  indicatorId!: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 18 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  newValue!: number;
}

export class AmendPlanRequest {
  @ApiPropertyOptional({
    example: 'amendment-1',
    description: 'Unique within the plan; generated when omitted',
  })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  amendmentId?: string;

  @ApiProperty({ type: AmendingDocumentDto })
  @ValidateNested()
  @Type(() => AmendingDocumentDto)
  amendingDocument!: AmendingDocumentDto;

  @ApiProperty({ example: 'Cập nhật chỉ tiêu theo Quyết định 1033/QĐ-TTg' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  summary!: string;

  @ApiProperty({ type: [TargetRevisionDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TargetRevisionDto)
  targetRevisions!: TargetRevisionDto[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @Matches(SLUG_ID, { each: true, message: SLUG_ID_MESSAGE })
  addedIndicatorIds?: string[];

  @ApiPropertyOptional({ type: [String], example: ['III.10'] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  addedTaskCodes?: string[];
}
