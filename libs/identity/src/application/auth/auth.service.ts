import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@giaoviec/kernel';
import { CLOCK, EventSourcedExecutor } from '@giaoviec/platform';
import { isValidUsername, normalizeUsername, userDecider, userStreamId } from '../../domain';
import { CredentialsRepository } from '../credentials/credentials.repository';
import { PasswordHasher } from '../credentials/password-hasher';
import { LoginAttempts } from '../users/login-attempts';
import { authProblem, INVALID_CREDENTIALS_MESSAGE } from './auth-problems';
import type { TokenResponse } from './auth.responses';
import { refreshTokenHash, TokenService } from './token.service';

const invalidCredentials = () => authProblem('auth.invalid_credentials', INVALID_CREDENTIALS_MESSAGE);

/**
 * Login, refresh and logout with local passwords. The tokens it issues carry the claims of
 * AccessTokenClaims; the request pipeline only verifies tokens, so an OpenID Connect
 * provider can replace this service without a handler noticing.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
    private readonly tokens: TokenService,
    private readonly executor: EventSourcedExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Every failure is the same 401 with the same message — unknown username, wrong password,
   * locked or deactivated account — and costs one argon2 verification, so neither the answer
   * nor its timing tells whether a username exists. A locked account is not even checked
   * against its real hash: guessing during a lock-out learns nothing.
   */
  async login(usernameInput: string, password: string, correlationId?: string): Promise<TokenResponse> {
    const username = normalizeUsername(usernameInput);
    const stored = isValidUsername(username) ? await this.credentials.findByUsername(username) : undefined;
    if (!stored || this.attempts.isLocked(stored)) {
      await this.hasher.verifyAgainstDummy(password);
      throw invalidCredentials();
    }
    if (!(await this.hasher.verify(stored.passwordHash, password))) {
      await this.attempts.recordFailure(stored, correlationId);
      throw invalidCredentials();
    }
    // Role, agency and whether the account is active: from the user's stream, the source of truth.
    const { state } = await this.executor.load(userStreamId(stored.userId), userDecider);
    if (state.status !== 'active') throw invalidCredentials();
    const rehashed = this.hasher.needsRehash(stored.passwordHash)
      ? await this.hasher.hash(password)
      : undefined;
    await this.credentials.recordSuccess(stored.userId, this.clock.now(), rehashed);
    return this.credentials.transaction((db) => this.tokens.issue(state, db));
  }

  /**
   * Rotation: the presented refresh token is spent and a new one of the same family is
   * issued, with an access token carrying the user's current role and agency. A spent or
   * revoked token presented again means it was copied: the whole family is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenResponse> {
    const tokenHash = refreshTokenHash(refreshToken);
    const now = this.clock.now();
    const outcome = await this.credentials.transaction(
      async (db): Promise<TokenResponse | 'unknown' | 'expired' | 'reused' | 'inactive'> => {
        const stored = await this.credentials.refreshTokenForUpdate(db, tokenHash);
        if (!stored) return 'unknown';
        if (stored.revokedAt !== null) {
          await this.credentials.revokeFamily(db, stored.familyId, now);
          return 'reused';
        }
        if (stored.expiresAt.getTime() <= now.getTime()) return 'expired';
        const { state } = await this.executor.load(userStreamId(stored.userId), userDecider);
        if (state.status !== 'active') {
          await this.credentials.revokeFamily(db, stored.familyId, now);
          return 'inactive';
        }
        const issued = await this.tokens.issue(state, db, stored.familyId);
        await this.credentials.markRotated(db, tokenHash, refreshTokenHash(issued.refreshToken), now);
        return issued;
      },
    );
    switch (outcome) {
      case 'unknown':
      case 'inactive':
        throw authProblem('auth.refresh_token_invalid', 'The refresh token is not valid; log in again.');
      case 'expired':
        throw authProblem('auth.refresh_token_expired', 'The refresh token has expired; log in again.');
      case 'reused':
        throw authProblem(
          'auth.refresh_token_reused',
          'The refresh token was already used; every token of this session is now revoked. Log in again.',
        );
      default:
        return outcome;
    }
  }

  /** Ends the session the token belongs to. Unknown or spent tokens are accepted silently. */
  async logout(refreshToken: string): Promise<void> {
    await this.credentials.revokeFamilyOf(refreshTokenHash(refreshToken), this.clock.now());
  }
}
