import type { Role } from '@giaoviec/kernel';
import type { PasswordChanger } from './user-events';

/** A command is plain data, like an event: `{ type, data }`. Who asks comes from the DecisionContext. */
export interface UserCommandOf<Type extends string, Data extends object> {
  readonly type: Type;
  readonly data: Data;
}

export interface RegisterUserData {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: string;
  readonly role: Role;
}
export type RegisterUser = UserCommandOf<'RegisterUser', RegisterUserData>;

export type ChangeUserRole = UserCommandOf<
  'ChangeUserRole',
  { readonly userId: string; readonly newRole: Role }
>;

export type MoveUserToAgency = UserCommandOf<
  'MoveUserToAgency',
  { readonly userId: string; readonly newAgencyId: string }
>;

/**
 * Records that the password was changed. The password itself never reaches the domain: the
 * application checks the PasswordPolicy and stores the hash in the credentials table.
 */
export type RecordPasswordChange = UserCommandOf<
  'RecordPasswordChange',
  { readonly userId: string; readonly changedBy: PasswordChanger }
>;

/** Issued by the login process (actor role `system`) when too many logins failed in a row. */
export type RecordLockOut = UserCommandOf<
  'RecordLockOut',
  { readonly userId: string; readonly failedAttempts: number; readonly lockedUntil: string }
>;

export type DeactivateUser = UserCommandOf<
  'DeactivateUser',
  { readonly userId: string; readonly reason: string }
>;

export type ReactivateUser = UserCommandOf<'ReactivateUser', { readonly userId: string }>;

export type UserCommand =
  | RegisterUser
  | ChangeUserRole
  | MoveUserToAgency
  | RecordPasswordChange
  | RecordLockOut
  | DeactivateUser
  | ReactivateUser;
