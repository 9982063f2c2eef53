import { useSyncExternalStore } from 'react';
import { session, type SessionUser } from '../api/session-store';

export interface SessionState {
  readonly user: SessionUser | null;
  readonly expired: boolean;
}

let snapshot: SessionState = { user: null, expired: false };
function currentSnapshot(): SessionState {
  if (snapshot.user !== session.currentUser || snapshot.expired !== session.hasExpired) {
    snapshot = { user: session.currentUser, expired: session.hasExpired };
  }
  return snapshot;
}

/** The signed-in user, re-rendering on login, renewal, logout and expiry. */
export function useSession(): SessionState {
  return useSyncExternalStore((listener) => session.subscribe(listener), currentSnapshot);
}

/** The signed-in user on a screen that is only reachable signed in. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('Chưa đăng nhập');
  return user;
}
