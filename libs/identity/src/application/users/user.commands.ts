import { Command } from '@nestjs/cqrs';
import type { CommandContext, StreamWriteResult } from '@giaoviec/platform';
import type {
  ChangeUserRole,
  DeactivateUser,
  MoveUserToAgency,
  ReactivateUser,
  RegisterUserData,
} from '../../domain';

export interface UserRegistration extends Omit<RegisterUserData, 'userId'> {
  /** Chosen by the registrar, or derived from the username (so a retry names the same user). */
  readonly userId?: string;
  /** The initial password; only its hash is kept, in the credentials table. */
  readonly password: string;
  /** Where notifications are e-mailed; kept in the credentials table, never in the user's events. */
  readonly email?: string;
}

export type RegisteredUserResult = StreamWriteResult & { readonly userId: string; readonly username: string };

/** Registers a user (UserRegistered) and their credentials. */
export class RegisterUserCommand extends Command<RegisteredUserResult> {
  constructor(
    readonly registration: UserRegistration,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A change of an existing account decided by its stream: role, agency, deactivation. */
export class ExecuteUserCommand extends Command<StreamWriteResult> {
  constructor(
    readonly command: ChangeUserRole | MoveUserToAgency | DeactivateUser | ReactivateUser,
    readonly context: CommandContext,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

/** An administrator sets a new password for a user (it also ends a lock-out). */
export class ResetPasswordCommand extends Command<StreamWriteResult> {
  constructor(
    readonly userId: string,
    readonly newPassword: string,
    readonly context: CommandContext,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

/** The actor changes their own password, proving they know the current one. */
export class ChangeOwnPasswordCommand extends Command<StreamWriteResult> {
  constructor(
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
