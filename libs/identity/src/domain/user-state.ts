import type { Role } from '@giaoviec/kernel';
import type { UserEvent } from './user-events';

export interface UnregisteredUser {
  readonly status: 'unregistered';
}

export interface RegisteredUser {
  readonly status: 'active' | 'deactivated';
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: string;
  readonly role: Role;
  /** The end of the last lock-out recorded (it may lie in the past). */
  readonly lockedUntil?: string;
  readonly deactivationReason?: string;
}

/** The state of one user stream. */
export type UserState = UnregisteredUser | RegisteredUser;

export function initialUserState(): UserState {
  return { status: 'unregistered' };
}

export function evolveUser(state: UserState, event: UserEvent): UserState {
  if (event.type === 'UserRegistered') return { status: 'active', ...event.data };
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'UserRoleChanged':
      return { ...state, role: event.data.newRole };
    case 'UserMovedToAgency':
      return { ...state, agencyId: event.data.newAgencyId };
    case 'UserPasswordChanged':
      return state;
    case 'UserLockedOut':
      return { ...state, lockedUntil: event.data.lockedUntil };
    case 'UserDeactivated':
      return { ...state, status: 'deactivated', deactivationReason: event.data.reason };
    case 'UserReactivated': {
      const { deactivationReason: _reason, ...rest } = state;
      return { ...rest, status: 'active' };
    }
  }
}
