import { ApiProperty } from '@nestjs/swagger';
import type { Role } from '@giaoviec/kernel';
import { CommandAcceptedResponse } from '@giaoviec/platform';
import { ASSIGNABLE_ROLES, type RegisteredUser } from '../../domain';

/** A user account as administrators see it. Never a password or a hash. */
export class UserView {
  @ApiProperty({ example: '6f1c…' }) userId!: string;
  @ApiProperty({ example: 'nguyen.van.a' }) username!: string;
  @ApiProperty({ example: 'Nguyễn Văn A' }) displayName!: string;
  @ApiProperty({ example: 'so-tai-chinh' }) agencyId!: string;
  @ApiProperty({ enum: ASSIGNABLE_ROLES }) role!: Role;
  @ApiProperty({ description: 'False once deactivated' }) active!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Set while the account is locked after repeated failed logins',
  })
  lockedUntil!: string | null;
  @ApiProperty({ description: 'Stream version; send it back as If-Match', example: 2 }) version!: number;
}

export function userView(
  user: RegisteredUser,
  version: number,
  lockedUntil: Date | null | undefined,
): UserView {
  return {
    userId: user.userId,
    username: user.username,
    displayName: user.displayName,
    agencyId: user.agencyId,
    role: user.role,
    active: user.status === 'active',
    lockedUntil: lockedUntil ? lockedUntil.toISOString() : null,
    version,
  };
}

export class UserRegisteredResponse extends CommandAcceptedResponse {
  @ApiProperty() userId!: string;
  @ApiProperty() username!: string;
}
