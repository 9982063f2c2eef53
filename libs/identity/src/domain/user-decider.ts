import { ROLES, type Decider, type DecisionContext, type Role } from '@giaoviec/kernel';
import type {
  ChangeUserRole,
  DeactivateUser,
  MoveUserToAgency,
  ReactivateUser,
  RecordLockOut,
  RecordPasswordChange,
  RegisterUser,
  UserCommand,
} from './user-commands';
import { PASSWORD_CHANGERS, type UserEvent } from './user-events';
import { userViolation } from './user-rules';
import { evolveUser, initialUserState, type RegisteredUser, type UserState } from './user-state';
import { isValidUsername, USERNAME_PATTERN } from './username';

/** Roles a person can hold; `system` is reserved for the processes of the system itself. */
export const ASSIGNABLE_ROLES = ROLES.filter((role) => role !== 'system') as Exclude<Role, 'system'>[];

/** Lower-case letters, digits, '.', '_', '-' (so a UUID fits); ':' is left to system actors such as `system:cli`. */
export const USER_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export function isAssignableRole(value: unknown): value is Role {
  return typeof value === 'string' && (ASSIGNABLE_ROLES as string[]).includes(value);
}

function requireRole(role: unknown): Role {
  if (!isAssignableRole(role)) {
    throw userViolation(
      'user.role_invalid',
      `"${String(role)}" is not a role a user can hold; use one of ${ASSIGNABLE_ROLES.join(', ')}.`,
      { role, allowed: ASSIGNABLE_ROLES },
    );
  }
  return role;
}

function requireAgencyId(agencyId: unknown, userId: string): string {
  if (typeof agencyId !== 'string' || agencyId.trim() === '') {
    throw userViolation('user.agency_required', `User ${userId} needs the agency they act for.`, { userId });
  }
  return agencyId.trim();
}

export function requireRegistered(state: UserState, userId: string): RegisteredUser {
  if (state.status === 'unregistered') {
    throw userViolation('user.not_found', `User ${userId} does not exist.`, { userId });
  }
  return state;
}

/** Registered and not deactivated: the only state in which an account can be changed. */
export function requireActiveUser(state: UserState, userId: string, action: string): RegisteredUser {
  const user = requireRegistered(state, userId);
  if (user.status === 'deactivated') {
    throw userViolation(
      'user.deactivated',
      `User ${user.username} (${userId}) is deactivated; reactivate the account before you ${action}.`,
      { userId },
    );
  }
  return user;
}

/** An administrator cannot take away their own access: someone else has to. */
function requireNotOwnAccount(user: RegisteredUser, context: DecisionContext, action: string): void {
  if (context.actor.userId === user.userId) {
    throw userViolation(
      'user.own_access',
      `You cannot ${action} your own account; another administrator has to do it.`,
      { userId: user.userId },
    );
  }
}

function register({ data }: RegisterUser, state: UserState): UserEvent[] {
  if (state.status !== 'unregistered') {
    throw userViolation(
      'user.already_registered',
      `User ${data.userId} is already registered, as ${state.username}.`,
      { userId: data.userId, username: state.username },
    );
  }
  if (typeof data.userId !== 'string' || !USER_ID_PATTERN.test(data.userId)) {
    throw userViolation(
      'user.id_invalid',
      `"${String(data.userId)}" is not a user id: use 1 to 64 lower-case letters, digits, ".", "_" or "-".`,
      { userId: data.userId },
    );
  }
  if (!isValidUsername(data.username)) {
    throw userViolation(
      'user.username_invalid',
      `"${String(data.username)}" is not a username: use 3 to 64 lower-case letters, digits, ".", "_" or "-".`,
      { username: data.username, pattern: USERNAME_PATTERN.source },
    );
  }
  if (typeof data.displayName !== 'string' || data.displayName.trim() === '') {
    throw userViolation('user.display_name_required', `User ${data.username} needs a display name.`, {
      userId: data.userId,
    });
  }
  const agencyId = requireAgencyId(data.agencyId, data.userId);
  const role = requireRole(data.role);
  return [
    {
      type: 'UserRegistered',
      data: {
        userId: data.userId,
        username: data.username,
        displayName: data.displayName.trim(),
        agencyId,
        role,
      },
    },
  ];
}

function changeRole({ data }: ChangeUserRole, state: UserState, context: DecisionContext): UserEvent[] {
  const user = requireActiveUser(state, data.userId, 'change their role');
  const newRole = requireRole(data.newRole);
  if (newRole === user.role) {
    throw userViolation('user.role_unchanged', `User ${user.username} already has the role ${newRole}.`, {
      userId: user.userId,
      role: newRole,
    });
  }
  requireNotOwnAccount(user, context, 'change the role of');
  return [{ type: 'UserRoleChanged', data: { userId: user.userId, previousRole: user.role, newRole } }];
}

function moveToAgency({ data }: MoveUserToAgency, state: UserState): UserEvent[] {
  const user = requireActiveUser(state, data.userId, 'move them to another agency');
  const newAgencyId = requireAgencyId(data.newAgencyId, data.userId);
  if (newAgencyId === user.agencyId) {
    throw userViolation(
      'user.agency_unchanged',
      `User ${user.username} already acts for agency ${newAgencyId}.`,
      { userId: user.userId, agencyId: newAgencyId },
    );
  }
  return [
    {
      type: 'UserMovedToAgency',
      data: { userId: user.userId, previousAgencyId: user.agencyId, newAgencyId },
    },
  ];
}

function recordPasswordChange({ data }: RecordPasswordChange, state: UserState): UserEvent[] {
  const user = requireActiveUser(state, data.userId, 'change the password');
  if (!(PASSWORD_CHANGERS as readonly string[]).includes(data.changedBy)) {
    throw userViolation(
      'user.password_changed_by_invalid',
      `A password is changed by ${PASSWORD_CHANGERS.join(' or ')}, not "${String(data.changedBy)}".`,
    );
  }
  return [{ type: 'UserPasswordChanged', data: { userId: user.userId, changedBy: data.changedBy } }];
}

function recordLockOut({ data }: RecordLockOut, state: UserState, context: DecisionContext): UserEvent[] {
  const user = requireActiveUser(state, data.userId, 'lock it');
  const until = Date.parse(data.lockedUntil);
  if (!Number.isInteger(data.failedAttempts) || data.failedAttempts < 1 || Number.isNaN(until)) {
    throw userViolation('user.lockout_invalid', 'A lock-out needs the failed attempts and when it ends.', {
      userId: user.userId,
    });
  }
  if (until <= context.now.getTime()) {
    throw userViolation(
      'user.lockout_invalid',
      `A lock-out must end in the future, not at ${data.lockedUntil}.`,
      {
        userId: user.userId,
      },
    );
  }
  return [
    {
      type: 'UserLockedOut',
      data: {
        userId: user.userId,
        failedAttempts: data.failedAttempts,
        lockedUntil: new Date(until).toISOString(),
      },
    },
  ];
}

function deactivate({ data }: DeactivateUser, state: UserState, context: DecisionContext): UserEvent[] {
  const user = requireRegistered(state, data.userId);
  if (user.status === 'deactivated') {
    throw userViolation('user.already_deactivated', `User ${user.username} is already deactivated.`, {
      userId: user.userId,
    });
  }
  if (typeof data.reason !== 'string' || data.reason.trim() === '') {
    throw userViolation('user.reason_required', `Say why user ${user.username} is deactivated.`, {
      userId: user.userId,
    });
  }
  requireNotOwnAccount(user, context, 'deactivate');
  return [{ type: 'UserDeactivated', data: { userId: user.userId, reason: data.reason.trim() } }];
}

function reactivate({ data }: ReactivateUser, state: UserState): UserEvent[] {
  const user = requireRegistered(state, data.userId);
  if (user.status !== 'deactivated') {
    throw userViolation(
      'user.not_deactivated',
      `User ${user.username} is active; there is nothing to reactivate.`,
      {
        userId: user.userId,
      },
    );
  }
  return [{ type: 'UserReactivated', data: { userId: user.userId } }];
}

function decideUser(command: UserCommand, state: UserState, context: DecisionContext): UserEvent[] {
  switch (command.type) {
    case 'RegisterUser':
      return register(command, state);
    case 'ChangeUserRole':
      return changeRole(command, state, context);
    case 'MoveUserToAgency':
      return moveToAgency(command, state);
    case 'RecordPasswordChange':
      return recordPasswordChange(command, state);
    case 'RecordLockOut':
      return recordLockOut(command, state, context);
    case 'DeactivateUser':
      return deactivate(command, state, context);
    case 'ReactivateUser':
      return reactivate(command, state);
  }
}

/** The User aggregate, stream `user-<userId>` (see `userStreamId`). */
export const userDecider: Decider<UserState, UserCommand, UserEvent> = {
  decide: decideUser,
  evolve: evolveUser,
  initialState: initialUserState,
};
