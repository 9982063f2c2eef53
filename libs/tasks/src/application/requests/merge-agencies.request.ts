import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { ISO_DATE, ISO_DATE_MESSAGE, SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';

export class MergeAgenciesRequest {
  @ApiProperty({ example: 'ubnd-phuong-thuan-hoa', description: 'The surviving agency (register it first if the merge creates it)' })
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  targetAgencyId!: string;

  @ApiProperty({ type: [String], example: ['ubnd-phuong-phu-hoi', 'ubnd-phuong-phu-nhuan'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(SLUG_ID, { each: true, message: SLUG_ID_MESSAGE })
  mergedAgencyIds!: string[];

  @ApiProperty({ example: '2025-07-01' })
  @Matches(ISO_DATE, { message: ISO_DATE_MESSAGE })
  effectiveOn!: string;

  @ApiProperty({ example: '1675/NQ-UBTVQH15' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  decisionRef!: string;
}
