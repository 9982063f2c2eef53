import type { DomainEvent, Role } from '@giaoviec/kernel';

/** Every user has its own stream, `user-<userId>`. */
export const USER_STREAM_PREFIX = 'user-';

export function userStreamId(userId: string): string {
  return `${USER_STREAM_PREFIX}${userId}`;
}

/**
 * The events of a user account. None of them carries a password or a password hash: those
 * live only in the credentials table. Who gave a person a right, and when, is the actor and
 * `occurredAt` of these events' metadata.
 */
export interface UserRegisteredData {
  readonly userId: string;
  /** Lower-case login name, unique among all users, e.g. `nguyen.van.a`. */
  readonly username: string;
  /** e.g. 'Nguyễn Văn A'. */
  readonly displayName: string;
  /** The agency the user acts for. */
  readonly agencyId: string;
  readonly role: Role;
}
export type UserRegistered = DomainEvent<'UserRegistered', UserRegisteredData>;

export interface UserRoleChangedData {
  readonly userId: string;
  readonly previousRole: Role;
  readonly newRole: Role;
}
export type UserRoleChanged = DomainEvent<'UserRoleChanged', UserRoleChangedData>;

export interface UserMovedToAgencyData {
  readonly userId: string;
  readonly previousAgencyId: string;
  readonly newAgencyId: string;
}
export type UserMovedToAgency = DomainEvent<'UserMovedToAgency', UserMovedToAgencyData>;

/** `self`: the user, giving the current password; `admin`: an administrator's reset. */
export const PASSWORD_CHANGERS = ['self', 'admin'] as const;
export type PasswordChanger = (typeof PASSWORD_CHANGERS)[number];

export interface UserPasswordChangedData {
  readonly userId: string;
  readonly changedBy: PasswordChanger;
}
export type UserPasswordChanged = DomainEvent<'UserPasswordChanged', UserPasswordChangedData>;

export interface UserLockedOutData {
  readonly userId: string;
  /** Consecutive failed logins that caused the lock. */
  readonly failedAttempts: number;
  /** ISO-8601 instant from which logins are accepted again. */
  readonly lockedUntil: string;
}
export type UserLockedOut = DomainEvent<'UserLockedOut', UserLockedOutData>;

export interface UserDeactivatedData {
  readonly userId: string;
  readonly reason: string;
}
export type UserDeactivated = DomainEvent<'UserDeactivated', UserDeactivatedData>;

export interface UserReactivatedData {
  readonly userId: string;
}
export type UserReactivated = DomainEvent<'UserReactivated', UserReactivatedData>;

export type UserEvent =
  | UserRegistered
  | UserRoleChanged
  | UserMovedToAgency
  | UserPasswordChanged
  | UserLockedOut
  | UserDeactivated
  | UserReactivated;

export const USER_EVENT_TYPES = [
  'UserRegistered',
  'UserRoleChanged',
  'UserMovedToAgency',
  'UserPasswordChanged',
  'UserLockedOut',
  'UserDeactivated',
  'UserReactivated',
] as const satisfies readonly UserEvent['type'][];
