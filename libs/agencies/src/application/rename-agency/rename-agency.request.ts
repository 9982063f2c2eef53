import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsLocalDate } from '@giaoviec/platform';

export class RenameAgencyRequest {
  @ApiProperty({ example: 'UBND phường Thuận Hóa' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  newName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  newShortName?: string;

  @ApiProperty({ example: '2025-07-01' })
  @IsLocalDate()
  effectiveOn!: string;

  @ApiPropertyOptional({ example: '1675/NQ-UBTVQH15' })
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
