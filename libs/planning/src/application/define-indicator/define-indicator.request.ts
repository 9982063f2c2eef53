import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
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
import { SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';
import { INDICATOR_DIRECTIONS, type IndicatorDirection } from '../../domain';

export class IndicatorTargetDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 80 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}

export class DefineIndicatorRequest {
  @ApiPropertyOptional({ example: 'cqs-dvc-toan-trinh', description: 'Stable id; generated when omitted' })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  indicatorId?: string;

  @ApiPropertyOptional({ example: 'CQS-2' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  code?: string;

  @ApiProperty({
    example: 'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  name!: string;

  @ApiPropertyOptional({ example: 'Chính quyền số' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  group?: string;

  @ApiProperty({ example: '%' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unit!: string;

  @ApiProperty({ enum: INDICATOR_DIRECTIONS })
  @IsIn(INDICATOR_DIRECTIONS)
  direction!: IndicatorDirection;

  @ApiProperty({
    type: [IndicatorTargetDto],
    description: 'Empty when the source states no target (they may come with an amendment)',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorTargetDto)
  targets!: IndicatorTargetDto[];

  @ApiProperty({ example: 'so-khcn' })
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  responsibleAgencyId!: string;

  @ApiPropertyOptional({ description: 'Set when an amendment introduces this indicator' })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  introducedByAmendmentId?: string;
}
