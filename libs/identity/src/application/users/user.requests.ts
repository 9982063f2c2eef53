import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import type { Role } from '@giaoviec/kernel';
import { SLUG_ID, SLUG_ID_MESSAGE } from '@giaoviec/platform';
import { ASSIGNABLE_ROLES, USER_ID_PATTERN, USERNAME_PATTERN } from '../../domain';

/** Upper bound of what is even looked at; the PasswordPolicy (422) says what is acceptable. */
export const MAX_PASSWORD_INPUT = 1024;

const ROLES_MESSAGE = `$property must be one of ${ASSIGNABLE_ROLES.join(', ')}`;

export class RegisterUserRequest {
  @ApiPropertyOptional({
    example: 'u-taichinh-01',
    description: 'Chosen by the registrar; derived from the username when omitted',
  })
  @IsOptional()
  @Matches(USER_ID_PATTERN, { message: '$property must be 1-64 lower-case letters, digits, ".", "_" or "-"' })
  userId?: string;

  @ApiProperty({ example: 'nguyen.van.a', description: 'Lower-case, 3-64 of a-z 0-9 . _ -; unique' })
  @IsString()
  @Matches(USERNAME_PATTERN, {
    message: '$property must be 3-64 lower-case letters, digits, ".", "_" or "-"',
  })
  username!: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ example: 'so-tai-chinh' })
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  agencyId!: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES })
  @IsIn(ASSIGNABLE_ROLES, { message: ROLES_MESSAGE })
  role!: Role;

  @ApiPropertyOptional({
    example: 'nguyen.van.a@thuathienhue.gov.vn',
    description: 'Where reminders and digests are e-mailed; not part of the user events',
  })
  @IsOptional()
  @IsEmail({}, { message: '$property must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiProperty({
    format: 'password',
    writeOnly: true,
    description: 'The initial password: at least 10 characters, not the username',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_INPUT)
  password!: string;
}

class VersionedRequest {
  @ApiPropertyOptional({ description: 'Alternative to If-Match' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
}

export class ChangeUserRoleRequest extends VersionedRequest {
  @ApiProperty({ enum: ASSIGNABLE_ROLES })
  @IsIn(ASSIGNABLE_ROLES, { message: ROLES_MESSAGE })
  role!: Role;
}

export class MoveUserToAgencyRequest extends VersionedRequest {
  @ApiProperty({ example: 'so-y-te' })
  @Matches(SLUG_ID, { message: SLUG_ID_MESSAGE })
  agencyId!: string;
}

export class DeactivateUserRequest extends VersionedRequest {
  @ApiProperty({ example: 'Chuyển công tác sang Sở Y tế' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class ReactivateUserRequest extends VersionedRequest {}

export class ResetPasswordRequest extends VersionedRequest {
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
