import { ApiProperty } from '@nestjs/swagger';
import type { Role } from '@giaoviec/kernel';
import { ASSIGNABLE_ROLES } from '../../domain';

export class TokenUser {
  @ApiProperty() userId!: string;
  @ApiProperty({ example: 'Nguyễn Văn A' }) displayName!: string;
  @ApiProperty({ example: 'so-tai-chinh' }) agencyId!: string;
  @ApiProperty({
    example: 'Sở Tài chính',
    nullable: true,
    type: String,
    description: "The agency's current name (null only if the agency is not registered)",
  })
  agencyName!: string | null;
  @ApiProperty({ enum: ASSIGNABLE_ROLES }) role!: Role;
}

/** GET /auth/me: who the bearer of the token is, as their account says now. */
export class CurrentUserResponse extends TokenUser {
  @ApiProperty({ example: 'nguyen.van.a' }) username!: string;
}

/** The answer to a login or a refresh. */
export class TokenResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`' }) accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 }) expiresIn!: number;
  @ApiProperty({
    description:
      'Exchange at POST /auth/refresh for new tokens; each is accepted once, and presenting a used one ends the session',
  })
  refreshToken!: string;
  @ApiProperty({ type: TokenUser }) user!: TokenUser;
}
