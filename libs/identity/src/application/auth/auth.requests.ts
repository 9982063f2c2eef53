import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_INPUT } from '../users/user.requests';

export class LoginRequest {
  @ApiProperty({ example: 'nguyen.van.a', description: 'Case and surrounding spaces are ignored' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  username!: string;

  @ApiProperty({ format: 'password', writeOnly: true })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_INPUT)
  password!: string;
}

export class RefreshTokenRequest {
  @ApiProperty({ description: 'The refresh token of the last login or refresh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken!: string;
}

export class ChangeOwnPasswordRequest {
  @ApiProperty({ format: 'password', writeOnly: true })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_INPUT)
  currentPassword!: string;

  @ApiProperty({
    format: 'password',
    writeOnly: true,
    description: 'At least 10 characters, not the username',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_INPUT)
  newPassword!: string;
}
