import { Injectable, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import { normalizePassword } from '../../domain';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane): slow enough to
 * make stolen hashes expensive to crack, fast enough (tens of milliseconds) for a login.
 * Hashes written with other parameters are upgraded at the next successful login.
 */
export const PASSWORD_HASH_PARAMETERS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummyHash: Promise<string> | undefined;

  /** The dummy hash is made at boot, so even the first login for an unknown user costs one verification. */
  async onModuleInit(): Promise<void> {
    this.dummyHash ??= this.hash(randomBytes(32).toString('base64url'));
    await this.dummyHash;
  }

  hash(password: string): Promise<string> {
    return argon2.hash(normalizePassword(password), { type: argon2.argon2id, ...PASSWORD_HASH_PARAMETERS });
  }

  /** False for a wrong password and for a digest that cannot be read; never throws. */
  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(passwordHash, normalizePassword(password));
    } catch {
      return false;
    }
  }

  /**
   * Spends the time a real verification would when there is nothing to verify against (no
   * such user, a locked account), so response times do not tell which usernames exist.
   */
  async verifyAgainstDummy(password: string): Promise<void> {
    this.dummyHash ??= this.hash(randomBytes(32).toString('base64url'));
    await this.verify(await this.dummyHash, password);
  }

  needsRehash(passwordHash: string): boolean {
    try {
      return argon2.needsRehash(passwordHash, PASSWORD_HASH_PARAMETERS);
    } catch {
      return true;
    }
  }
}
