import type { Actor } from '@giaoviec/kernel';

/** Minimal view of an incoming request, so resolvers don't depend on Express. */
export interface RequestCredentials {
  header(name: string): string | undefined;
}

/**
 * The single place where a request's actor is established. The identity issue replaces
 * the interim implementation with verified tokens; handlers never read headers themselves.
 */
export interface ActorResolver {
  /** The actor, or a reason the request is not authenticated. */
  resolve(request: RequestCredentials): Promise<Actor | { readonly unauthenticated: string }>;
}

export const ACTOR_RESOLVER = Symbol('ACTOR_RESOLVER');
