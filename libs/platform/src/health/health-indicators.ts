/**
 * A component /health also checks, contributed by a module the platform does not know
 * (e.g. the projection lag of the read models). `check` resolves with details (up) or
 * throws (down, with its message); it gets the same 2 s bound as the built-in checks.
 */
export interface ExtraHealthIndicator {
  readonly key: string;
  check(): Promise<Record<string, unknown> | void>;
}

/**
 * Optional DI token: an array of ExtraHealthIndicator, provided by a global module. Absent,
 * /health checks only the event store, PostgreSQL and Redis.
 */
export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');
