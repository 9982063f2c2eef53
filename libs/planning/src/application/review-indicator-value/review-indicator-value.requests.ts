import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** POST …/values/{reportId}/confirm: the value counts on the scoreboard from now on. */
export class ConfirmIndicatorValueRequest {
  @ApiPropertyOptional({ example: 'Khớp với số liệu của Cục Thống kê' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** POST …/values/{reportId}/return: the responsible agency is told why and reports the period again. */
export class ReturnIndicatorValueRequest {
  @ApiProperty({ example: 'Số liệu chưa khớp với báo cáo của Cục Thống kê; đề nghị rà soát lại' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
