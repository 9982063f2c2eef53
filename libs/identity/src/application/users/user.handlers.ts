import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import { DomainRuleViolation, localDateAt, type Clock } from '@giaoviec/kernel';
import { CLOCK, EventSourcedExecutor, type CommandContext, type StreamWriteResult } from '@giaoviec/platform';
import {
  PasswordPolicy,
  requireRegistered,
  userDecider,
  userStreamId,
  userViolation,
  type RegisterUser,
} from '../../domain';
import { CredentialsRepository } from '../credentials/credentials.repository';
import { PasswordHasher } from '../credentials/password-hasher';
import { authProblem } from '../auth/auth-problems';
import { requireActiveAgency } from './agency-check';
import { LoginAttempts } from './login-attempts';
import {
  ChangeOwnPasswordCommand,
  ExecuteUserCommand,
  RegisterUserCommand,
  ResetPasswordCommand,
  type RegisteredUserResult,
} from './user.commands';

const USER_ID_NAMESPACE = '9a4c2e71-0d5b-4f3e-8c6a-2b7d1e0f5a93';

/** The user id a username gets when the registrar chooses none: the same on every retry. */
export function userIdForUsername(username: string): string {
  return uuidv5(username, USER_ID_NAMESPACE);
}

function isRule(error: unknown, rule: string): boolean {
  return error instanceof DomainRuleViolation && error.rule === rule;
}

/**
 * Registers a user: UserRegistered on `user-<userId>` and the credentials row, which
 * commits only after the event is stored. The UNIQUE username of the credentials table
 * decides races (409 `user.username_taken`). Retrying is safe: with the same
 * Idempotency-Key the executor answers from the stream; without one, a registration whose
 * event was stored but whose credentials were not (a crash in between) is completed.
 */
@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand> {
  constructor(
    private readonly executor: EventSourcedExecutor,
    private readonly credentials: CredentialsRepository,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ registration, context }: RegisterUserCommand): Promise<RegisteredUserResult> {
    const { password, userId: chosenUserId, email, ...data } = registration;
    const userId = chosenUserId ?? userIdForUsername(data.username);
    const command: RegisterUser = { type: 'RegisterUser', data: { ...data, userId } };
    const streamId = userStreamId(userId);
    // Every rule of the command before the expensive hash: the decider on an empty stream.
    const now = this.clock.now();
    userDecider.decide(command, userDecider.initialState(), {
      actor: context.actor,
      now,
      today: localDateAt(now),
    });
    PasswordPolicy.check(password, { username: data.username });
    await requireActiveAgency(this.executor, data.agencyId);
    const passwordHash = await this.hasher.hash(password);

    return this.credentials.transaction(async (db) => {
      const created = await this.credentials.insert(db, {
        userId,
        username: data.username,
        passwordHash,
        now: this.clock.now(),
        email: email?.trim().toLowerCase() || null,
      });
      try {
        const written = await this.executor.execute({ streamId, decider: userDecider, command, context });
        return { ...written, userId, username: data.username };
      } catch (error) {
        if (!created || !isRule(error, 'user.already_registered')) throw error;
        // The event is there but the credentials were not: complete that registration if it is this one.
        const { state, version, events } = await this.executor.load(streamId, userDecider);
        const user = requireRegistered(state, userId);
        const same =
          user.username === data.username &&
          user.agencyId === data.agencyId.trim() &&
          user.role === data.role &&
          user.displayName === data.displayName.trim();
        if (!same) throw error;
        const last = events.at(-1);
        return {
          streamId,
          version,
          position: last?.checkpoint ?? null,
          events: events.slice(0, 1).map(({ eventId, type }) => ({ eventId, type })),
          replayed: true,
          userId,
          username: data.username,
        };
      }
    });
  }
}

/** Role, agency, deactivation and reactivation: decided by the user's stream. */
@CommandHandler(ExecuteUserCommand)
export class ExecuteUserCommandHandler implements ICommandHandler<ExecuteUserCommand> {
  constructor(
    private readonly executor: EventSourcedExecutor,
    private readonly credentials: CredentialsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ command, context, expectedVersion }: ExecuteUserCommand): Promise<StreamWriteResult> {
    const { userId } = command.data;
    const run = () =>
      this.executor.execute({
        streamId: userStreamId(userId),
        decider: userDecider,
        command,
        context,
        expectedVersion,
      });
    switch (command.type) {
      case 'ChangeUserRole':
        return run();
      case 'MoveUserToAgency':
        await requireActiveAgency(this.executor, command.data.newAgencyId);
        return run();
      case 'DeactivateUser':
        // Every session ends with the account; the access tokens already out expire on their own.
        return this.credentials.transaction(async (db) => {
          const now = this.clock.now();
          await this.credentials.setActive(db, userId, false, now);
          await this.credentials.revokeAllOfUser(db, userId, now);
          return run();
        });
      case 'ReactivateUser':
        return this.credentials.transaction(async (db) => {
          await this.credentials.setActive(db, userId, true, this.clock.now());
          return run();
        });
    }
  }
}

/** An administrator's reset: checks the policy, ends any lock-out and every session. */
@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand> {
  constructor(
    private readonly executor: EventSourcedExecutor,
    private readonly credentials: CredentialsRepository,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    userId,
    newPassword,
    context,
    expectedVersion,
  }: ResetPasswordCommand): Promise<StreamWriteResult> {
    const { state } = await this.executor.load(userStreamId(userId), userDecider);
    const user = requireRegistered(state, userId);
    PasswordPolicy.check(newPassword, { username: user.username });
    const passwordHash = await this.hasher.hash(newPassword);
    return replacePassword(
      { credentials: this.credentials, executor: this.executor, clock: this.clock },
      { userId, passwordHash, changedBy: 'admin', context, expectedVersion },
    );
  }
}

/**
 * The actor changes their own password. A wrong current password counts as a failed login
 * (a stolen access token must not become a way to guess the password), and a new password
 * ends every session, the current one included: the client logs in again.
 */
@CommandHandler(ChangeOwnPasswordCommand)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPasswordCommand> {
  constructor(
    private readonly executor: EventSourcedExecutor,
    private readonly credentials: CredentialsRepository,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    currentPassword,
    newPassword,
    context,
  }: ChangeOwnPasswordCommand): Promise<StreamWriteResult> {
    const { userId } = context.actor;
    const stored = await this.credentials.findByUserId(userId);
    if (!stored) {
      throw userViolation('user.not_found', `User ${userId} has no password to change.`, { userId });
    }
    if (this.attempts.isLocked(stored)) {
      throw authProblem(
        'auth.account_locked',
        `The account is locked after repeated failed attempts until ${stored.lockedUntil?.toISOString()}.`,
        { lockedUntil: stored.lockedUntil?.toISOString() },
      );
    }
    if (!(await this.hasher.verify(stored.passwordHash, currentPassword))) {
      await this.attempts.recordFailure(stored, context.correlationId);
      throw authProblem('auth.current_password_wrong', 'The current password is wrong.');
    }
    PasswordPolicy.check(newPassword, { username: stored.username });
    if (await this.hasher.verify(stored.passwordHash, newPassword)) {
      throw userViolation('user.password_unchanged', 'The new password must differ from the current one.');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    return replacePassword(
      { credentials: this.credentials, executor: this.executor, clock: this.clock },
      { userId, passwordHash, changedBy: 'self', context },
    );
  }
}

export const USER_COMMAND_HANDLERS = [
  RegisterUserHandler,
  ExecuteUserCommandHandler,
  ResetPasswordHandler,
  ChangeOwnPasswordHandler,
];

/**
 * Stores a new password hash, ends every session of the user, and records the change as an
 * event (never the hash), all in one credentials transaction.
 */
function replacePassword(
  deps: { credentials: CredentialsRepository; executor: EventSourcedExecutor; clock: Clock },
  change: {
    userId: string;
    passwordHash: string;
    changedBy: 'admin' | 'self';
    context: CommandContext;
    expectedVersion?: number;
  },
): Promise<StreamWriteResult> {
  const { userId, passwordHash, changedBy, context, expectedVersion } = change;
  return deps.credentials.transaction(async (db) => {
    const now = deps.clock.now();
    await deps.credentials.setPasswordHash(db, userId, passwordHash, now);
    await deps.credentials.revokeAllOfUser(db, userId, now);
    return deps.executor.execute({
      streamId: userStreamId(userId),
      decider: userDecider,
      command: { type: 'RecordPasswordChange', data: { userId, changedBy } },
      context,
      expectedVersion,
    });
  });
}
