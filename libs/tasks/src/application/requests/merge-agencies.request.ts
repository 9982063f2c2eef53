import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsLocalDate, SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';

export class MergeAgenciesRequest {
  @ApiProperty({
    example: 'ubnd-phuong-thuan-hoa',
    description: 'The surviving agency (register it first if the merge creates it)',
  })
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  targetAgencyId!: string;

  @ApiProperty({ type: [String], example: ['ubnd-phuong-phu-hoi', 'ubnd-phuong-phu-nhuan'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(SLUG_ID, { each: true, message: SLUG_ID_MESSAGE })
  mergedAgencyIds!: string[];

  @ApiProperty({ example: '2025-07-01' })
  @IsLocalDate()
  effectiveOn!: string;

  @ApiProperty({ example: '1675/NQ-UBTVQH15' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  decisionRef!: string;
}
