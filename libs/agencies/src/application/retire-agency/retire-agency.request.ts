import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsLocalDate } from '@giaoviec/platform';

export class RetireAgencyRequest {
  @ApiProperty({ example: 'Dissolved by decision 12/QĐ-UBND' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsLocalDate()
  effectiveOn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  decisionRef?: string;

  @ApiPropertyOptional({ description: 'Alternative to If-Match' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
}
