import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { Clock } from '@giaoviec/kernel';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  CLOCK,
  EventSourcedExecutor,
  type AccessTokenClaims,
} from '@giaoviec/platform';
import type { RegisteredUser } from '../../domain';
import { CredentialsRepository, type Db } from '../credentials/credentials.repository';
import { agencyNameOf } from '../users/agency-check';
import type { TokenResponse } from './auth.responses';

/** What is stored of a refresh token: its SHA-256, never the token. */
export function refreshTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Issues a signed access token (HS256, the claims of AccessTokenClaims) and a refresh
 * token: 32 random bytes, base64url, stored as a SHA-256 hash in a family (one session).
 * `iat` and `exp` come from the injected clock, like every other time in the system.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly credentials: CredentialsRepository,
    private readonly executor: EventSourcedExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Tokens for `user` as the stream says now (role, agency); a new session unless `familyId` is given. */
  async issue(user: RegisteredUser, db: Db, familyId: string = randomUUID()): Promise<TokenResponse> {
    const now = this.clock.now();
    const { jwtSecret, accessTokenTtlSeconds, refreshTokenTtlDays } = this.config.auth;
    const claims: AccessTokenClaims & { iat: number } = {
      sub: user.userId,
      agency: user.agencyId,
      role: user.role,
      typ: 'access',
      iat: Math.floor(now.getTime() / 1000),
    };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: jwtSecret,
      algorithm: 'HS256',
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      expiresIn: accessTokenTtlSeconds,
    });
    const agencyName = await agencyNameOf(this.executor, user.agencyId);
    const refreshToken = randomBytes(32).toString('base64url');
    await this.credentials.insertRefreshToken(db, {
      tokenHash: refreshTokenHash(refreshToken),
      userId: user.userId,
      familyId,
      expiresAt: new Date(now.getTime() + refreshTokenTtlDays * 86_400_000),
      now,
    });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: accessTokenTtlSeconds,
      refreshToken,
      user: {
        userId: user.userId,
        displayName: user.displayName,
        agencyId: user.agencyId,
        agencyName,
        role: user.role,
      },
    };
  }
}
