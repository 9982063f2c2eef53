/** The typed configuration every component receives by injection. */
export interface AppConfig {
  readonly environment: 'development' | 'test' | 'production';
  readonly http: { readonly port: number };
  readonly eventStore:
    | { readonly adapter: 'postgres' }
    | { readonly adapter: 'eventstoredb'; readonly connectionString: string };
  readonly postgres: { readonly url: string; readonly schema: string; readonly poolSize: number };
  readonly redis: { readonly url: string };
  readonly log: { readonly level: string; readonly pretty: boolean };
  readonly commands: { readonly conflictRetries: number; readonly idempotencyKeyTtlHours: number };
  readonly auth: {
    readonly jwtSecret: string;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlDays: number;
    readonly maxFailedLogins: number;
    readonly lockoutMinutes: number;
    readonly loginRateLimitPerMinute: number;
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
