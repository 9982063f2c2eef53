import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SignerDto {
  @ApiProperty({ example: 'Nguyễn Khắc Toàn' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Chủ tịch' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;
}
