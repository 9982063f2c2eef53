import { Inject, Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { IDENTITY_PG_POOL } from './identity-pool';
import { userViolation } from '../../domain';

/** A connection, or the client of an open transaction. */
export type Db = Pick<PoolClient, 'query'>;

export interface StoredCredentials {
  readonly userId: string;
  readonly username: string;
  readonly passwordHash: string;
  readonly failedAttempts: number;
  readonly lockedUntil: Date | null;
  /** A mirror of the user's stream, for listings; decisions read the stream itself. */
  readonly active: boolean;
  /** Where notifications are e-mailed; null when the user gave none. Never in an event. */
  readonly email: string | null;
}

export interface StoredRefreshToken {
  readonly tokenHash: string;
  readonly userId: string;
  readonly familyId: string;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
}

interface CredentialsRow {
  user_id: string;
  username: string;
  password_hash: string;
  failed_attempts: number;
  locked_until: Date | null;
  active: boolean;
  email: string | null;
}

interface RefreshTokenRow {
  token_hash: string;
  user_id: string;
  family_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

const UNIQUE_VIOLATION = '23505';
const USERNAME_CONSTRAINT = 'user_credentials_username_key';

const toCredentials = (row: CredentialsRow): StoredCredentials => ({
  userId: row.user_id,
  username: row.username,
  passwordHash: row.password_hash,
  failedAttempts: row.failed_attempts,
  lockedUntil: row.locked_until,
  active: row.active,
  email: row.email,
});

/**
 * The credentials tables: password hashes, failed-login counters and lock-outs, and the
 * SHA-256 hashes of refresh tokens. Every time written comes from the caller (the injected
 * clock), never from the database's now(), so tests control time.
 */
@Injectable()
export class CredentialsRepository {
  constructor(@Inject(IDENTITY_PG_POOL) private readonly pool: Pool) {}

  /**
   * Runs `work` in one transaction. A handler appends the event of a credential change
   * inside `work`, so the change commits only after its event is stored; if the append is
   * refused, nothing changes.
   */
  async transaction<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async findByUsername(username: string): Promise<StoredCredentials | undefined> {
    const { rows } = await this.pool.query<CredentialsRow>(
      'SELECT * FROM user_credentials WHERE username = $1',
      [username],
    );
    return rows[0] && toCredentials(rows[0]);
  }

  async findByUserId(userId: string): Promise<StoredCredentials | undefined> {
    const { rows } = await this.pool.query<CredentialsRow>(
      'SELECT * FROM user_credentials WHERE user_id = $1',
      [userId],
    );
    return rows[0] && toCredentials(rows[0]);
  }

  /** The e-mail addresses of these users, by user id: only users who gave one. */
  async emailsOf(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const { rows } = await this.pool.query<{ user_id: string; email: string }>(
      'SELECT user_id, email FROM user_credentials WHERE user_id = ANY($1::text[]) AND email IS NOT NULL',
      [userIds],
    );
    return new Map(rows.map((row) => [row.user_id, row.email]));
  }

  /** The lock-outs in force at `now`, by user id. */
  async locksInForce(now: Date): Promise<Map<string, Date>> {
    const { rows } = await this.pool.query<{ user_id: string; locked_until: Date }>(
      'SELECT user_id, locked_until FROM user_credentials WHERE locked_until > $1',
      [now],
    );
    return new Map(rows.map((row) => [row.user_id, row.locked_until]));
  }

  /**
   * Creates the credentials of a new user. False when the user already has credentials.
   * A username held by another user is a 409 `user.username_taken`; a concurrent
   * registration of the same username waits for the first to commit or roll back.
   */
  async insert(
    db: Db,
    credentials: { userId: string; username: string; passwordHash: string; now: Date; email?: string | null },
  ): Promise<boolean> {
    try {
      const { rowCount } = await db.query(
        `INSERT INTO user_credentials (user_id, username, password_hash, failed_attempts, active, updated_at, email)
         VALUES ($1, $2, $3, 0, true, $4, $5)
         ON CONFLICT (user_id) DO NOTHING`,
        [
          credentials.userId,
          credentials.username,
          credentials.passwordHash,
          credentials.now,
          credentials.email ?? null,
        ],
      );
      return rowCount === 1;
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code === UNIQUE_VIOLATION && constraint === USERNAME_CONSTRAINT) {
        throw userViolation('user.username_taken', `The username ${credentials.username} is taken.`, {
          username: credentials.username,
        });
      }
      throw error;
    }
  }

  /** A new password also ends any lock-out and clears the failure count. */
  async setPasswordHash(db: Db, userId: string, passwordHash: string, now: Date): Promise<void> {
    await db.query(
      `UPDATE user_credentials
          SET password_hash = $2, failed_attempts = 0, locked_until = NULL, updated_at = $3
        WHERE user_id = $1`,
      [userId, passwordHash, now],
    );
  }

  async setActive(db: Db, userId: string, active: boolean, now: Date): Promise<void> {
    await db.query('UPDATE user_credentials SET active = $2, updated_at = $3 WHERE user_id = $1', [
      userId,
      active,
      now,
    ]);
  }

  /**
   * Counts a failed password, unless the account is locked at `now` (attempts against a
   * locked account are not counted). The count after this failure, or undefined if not counted.
   */
  async countFailure(db: Db, userId: string, now: Date): Promise<number | undefined> {
    const { rows } = await db.query<{ failed_attempts: number }>(
      `UPDATE user_credentials
          SET failed_attempts = failed_attempts + 1, updated_at = $2
        WHERE user_id = $1 AND (locked_until IS NULL OR locked_until <= $2)
        RETURNING failed_attempts`,
      [userId, now],
    );
    return rows[0]?.failed_attempts;
  }

  /** Locks the account until `until` and starts the failure count afresh. */
  async lock(db: Db, userId: string, until: Date, now: Date): Promise<void> {
    await db.query(
      'UPDATE user_credentials SET failed_attempts = 0, locked_until = $2, updated_at = $3 WHERE user_id = $1',
      [userId, until, now],
    );
  }

  /** After a successful login: no failures, no lock; optionally a hash with current parameters. */
  async recordSuccess(userId: string, now: Date, rehashed?: string): Promise<void> {
    await this.pool.query(
      `UPDATE user_credentials
          SET failed_attempts = 0, locked_until = NULL, updated_at = $2,
              password_hash = COALESCE($3, password_hash)
        WHERE user_id = $1 AND (failed_attempts <> 0 OR locked_until IS NOT NULL OR $3::text IS NOT NULL)`,
      [userId, now, rehashed ?? null],
    );
  }

  async insertRefreshToken(
    db: Db,
    token: { tokenHash: string; userId: string; familyId: string; expiresAt: Date; now: Date },
  ): Promise<void> {
    await db.query(
      `INSERT INTO refresh_tokens (token_hash, user_id, family_id, expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [token.tokenHash, token.userId, token.familyId, token.expiresAt, token.now],
    );
  }

  /** Locks the token's row until the transaction ends, so one token is rotated only once. */
  async refreshTokenForUpdate(db: Db, tokenHash: string): Promise<StoredRefreshToken | undefined> {
    const { rows } = await db.query<RefreshTokenRow>(
      'SELECT token_hash, user_id, family_id, expires_at, revoked_at FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE',
      [tokenHash],
    );
    const row = rows[0];
    return (
      row && {
        tokenHash: row.token_hash,
        userId: row.user_id,
        familyId: row.family_id,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
      }
    );
  }

  async markRotated(db: Db, tokenHash: string, replacedBy: string, now: Date): Promise<void> {
    await db.query('UPDATE refresh_tokens SET revoked_at = $2, replaced_by = $3 WHERE token_hash = $1', [
      tokenHash,
      now,
      replacedBy,
    ]);
  }

  /** Ends the session a token belongs to: every token of its family. */
  async revokeFamily(db: Db, familyId: string, now: Date): Promise<void> {
    await db.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL', [
      familyId,
      now,
    ]);
  }

  async revokeFamilyOf(tokenHash: string, now: Date): Promise<void> {
    await this.pool.query(
      `UPDATE refresh_tokens SET revoked_at = $2
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL`,
      [tokenHash, now],
    );
  }

  /** Ends every session of a user (password changed, account deactivated). */
  async revokeAllOfUser(db: Db, userId: string, now: Date): Promise<void> {
    await db.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [
      userId,
      now,
    ]);
  }
}
