import type { Role } from '../labels/identity-labels';
import { ApiError } from './problem';

export interface SessionUser {
  readonly userId: string;
  readonly displayName: string;
  readonly agencyId: string;
  readonly agencyName?: string;
  readonly role: Role;
}

interface TokenResponse {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
  readonly user: SessionUser;
}

type Listener = () => void;

/**
 * The signed-in session. The access token lives only in memory; the refresh token is kept
 * in sessionStorage so a reload of the tab stays signed in, and closing the tab ends it.
 */
class SessionStore {
  private accessToken: string | null = null;
  private user: SessionUser | null = null;
  private expired = false;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get currentUser(): SessionUser | null {
    return this.user;
  }

  get hasExpired(): boolean {
    return this.expired;
  }

  get token(): string | null {
    return this.accessToken;
  }

  /** Signs in; the user signed in, or an ApiError saying why not. */
  async login(username: string, password: string): Promise<SessionUser> {
    const response = await fetch('/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw await errorOf(response);
    const tokens = (await response.json()) as TokenResponse;
    this.accept(tokens);
    return tokens.user;
  }

  /** Renews the access token with the refresh token; one renewal at a time. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.renew().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async logout(): Promise<void> {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    this.clear(false);
    // The queue dashboard's cookie (administrators) goes with the session.
    await fetch('/operations/queue-dashboard-session', { method: 'DELETE' }).catch(() => undefined);
    if (refreshToken) {
      await fetch('/auth/logout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      }).catch(() => undefined);
    }
  }

  /** The server no longer accepts this session: say so instead of failing silently. */
  expire(): void {
    this.clear(true);
  }

  private async renew(): Promise<boolean> {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    if (!refreshToken) return false;
    const response = await fetch('/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => null);
    if (!response?.ok) {
      if (response && response.status === 401) this.expire();
      return false;
    }
    this.accept((await response.json()) as TokenResponse);
    return true;
  }

  private accept(tokens: TokenResponse): void {
    this.accessToken = tokens.accessToken;
    this.user = tokens.user;
    this.expired = false;
    sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
    this.notify();
  }

  private clear(expired: boolean): void {
    this.accessToken = null;
    this.user = null;
    this.expired = expired;
    sessionStorage.removeItem(REFRESH_KEY);
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

const REFRESH_KEY = 'giaoviec.refreshToken';

async function errorOf(response: Response): Promise<ApiError> {
  const problem = await response.json().catch(() => undefined);
  return new ApiError(response.status, problem);
}

export const session = new SessionStore();
