import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsLocalDate } from '@giaoviec/platform';

export class ClosePlanRequest {
  @ApiProperty({ example: 'Plan period ended; final report submitted' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsLocalDate()
  closedOn!: string;

  @ApiPropertyOptional({ description: 'Alternative to If-Match' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
}
