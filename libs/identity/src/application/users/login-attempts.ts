import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { DomainRuleViolation, type Clock } from '@giaoviec/kernel';
import { CLOCK, EventSourcedExecutor } from '@giaoviec/platform';
import { userDecider, userStreamId } from '../../domain';
import { CredentialsRepository, type StoredCredentials } from '../credentials/credentials.repository';
import { systemCommandContext } from '../system-context';

/**
 * Counts consecutive wrong passwords. At `auth.maxFailedLogins` the account is locked for
 * `auth.lockoutMinutes` and UserLockedOut is recorded, by the system (`system:login`):
 * the audit trail shows when, and how many attempts caused it.
 */
@Injectable()
export class LoginAttempts {
  private readonly logger = new Logger(LoginAttempts.name);

  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly executor: EventSourcedExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  isLocked(credentials: StoredCredentials, now: Date = this.clock.now()): boolean {
    return credentials.lockedUntil !== null && credentials.lockedUntil.getTime() > now.getTime();
  }

  /** Records one failed password; the lock-out, if this failure causes one, commits with its event. */
  async recordFailure(credentials: StoredCredentials, correlationId?: string): Promise<void> {
    const now = this.clock.now();
    const { maxFailedLogins, lockoutMinutes } = this.config.auth;
    try {
      await this.credentials.transaction(async (db) => {
        const failedAttempts = await this.credentials.countFailure(db, credentials.userId, now);
        if (failedAttempts === undefined || failedAttempts < maxFailedLogins) return;
        const streamId = userStreamId(credentials.userId);
        const { state } = await this.executor.load(streamId, userDecider);
        // A deactivated (or half-registered) account cannot log in anyway: nothing to lock.
        if (state.status !== 'active') return;
        const lockedUntil = new Date(now.getTime() + lockoutMinutes * 60_000);
        await this.credentials.lock(db, credentials.userId, lockedUntil, now);
        await this.executor.execute({
          streamId,
          decider: userDecider,
          command: {
            type: 'RecordLockOut',
            data: { userId: credentials.userId, failedAttempts, lockedUntil: lockedUntil.toISOString() },
          },
          context: systemCommandContext({
            userId: 'system:login',
            agencyId: state.agencyId,
            key: `lock-out\n${credentials.userId}\n${lockedUntil.toISOString()}`,
            correlationId,
          }),
        });
        this.logger.warn(
          `Account ${credentials.userId} locked until ${lockedUntil.toISOString()} after ${failedAttempts} failed logins`,
        );
      });
    } catch (error) {
      // The account changed in between (deactivated): the failed login stays a failed login.
      if (!(error instanceof DomainRuleViolation)) throw error;
    }
  }
}
