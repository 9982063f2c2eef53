import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';
import { AGENCY_KINDS, type AgencyKind } from '../../domain';

export class RegisterAgencyRequest {
  @ApiProperty({
    example: 'so-khcn',
    description: 'Chosen by the registrar; stable for the life of the agency',
  })
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  agencyId!: string;

  @ApiProperty({ example: 'Sở Khoa học và Công nghệ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: 'SKHCN' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  shortName?: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  @IsIn(AGENCY_KINDS)
  kind!: AgencyKind;

  @ApiPropertyOptional({ example: 'so-tai-chinh' })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  parentAgencyId?: string;

  @ApiPropertyOptional({ description: 'Official code, e.g. the administrative unit code of a commune' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  code?: string;
}
