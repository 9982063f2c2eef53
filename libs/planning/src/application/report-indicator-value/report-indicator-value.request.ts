import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsLocalDate, SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';

export class ReportIndicatorValueRequest {
  @ApiPropertyOptional({ description: 'Stable id of this report; generated when omitted' })
  @IsOptional()
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  reportId?: string;

  @ApiProperty({ example: '2026-Q2', description: 'YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM' })
  @IsString()
  @Matches(/^\d{4}(-(H[12]|Q[1-4]|\d{2}))?$/, { message: 'period must be YYYY, YYYY-H1, YYYY-Q2 or YYYY-MM' })
  period!: string;

  @ApiProperty({ example: 72.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @ApiProperty({ example: 'Báo cáo quý II/2026 của Sở Khoa học và Công nghệ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  source!: string;

  @ApiProperty({ example: '2026-06-30', description: 'The date the figure was measured at' })
  @IsLocalDate()
  asOf!: string;

  @ApiPropertyOptional({
    example: 'Báo cáo số 45/BC-SKHCN ngày 05/7/2026; số liệu Cổng dịch vụ công ngày 30/6/2026',
    description: 'The documents that back the figure (numbers and dates); evidence files come separately',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidenceNote?: string;

  @ApiPropertyOptional({
    example: 'Sở chưa phân công cán bộ cập nhật số liệu',
    description:
      "Required when the reporting agency is not the indicator's responsible agency (the standing office reporting on its behalf); ignored otherwise",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  onBehalfReason?: string;
}
