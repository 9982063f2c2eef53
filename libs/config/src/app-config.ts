/** The typed configuration every component receives by injection. */
export interface AppConfig {
  readonly environment: 'development' | 'test' | 'production';
  readonly http: { readonly port: number };
  readonly eventStore:
    | { readonly adapter: 'postgres' }
    | { readonly adapter: 'eventstoredb'; readonly connectionString: string };
  readonly postgres: { readonly url: string; readonly schema: string; readonly poolSize: number };
  readonly redis: {
    readonly url: string;
    /** Seconds between the worker's checks that Redis kept its data; 0: none. */
    readonly dataLossCheckSeconds: number;
  };
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
  readonly reminders: {
    /** Days before the due date, descending, e.g. [7, 1]. */
    readonly daysBefore: readonly number[];
    /** Local hour in Asia/Ho_Chi_Minh at which reminders and escalations go out. */
    readonly localHour: number;
    /** Seconds between reconciliations after the one at start; 0: only at start. */
    readonly reconcileEverySeconds: number;
    readonly escalateToStandingOfficeAfterDays: number;
    readonly escalateToSteeringCommitteeAfterDays: number;
    readonly digestLocalHour: number;
  };
  /** `?asOf=`, the read models of past days. */
  readonly asOf: {
    /** A build replaying more events than this is done by the worker (202 meanwhile). */
    readonly syncBuildMaxEvents: number;
    /** Days built ahead and kept besides the month ends, ascending. */
    readonly pinnedDays: readonly string[];
  };
  /** The built web application served under `/`: an absolute folder. */
  readonly web: { readonly root: string };
  /** Files sent with reports: their limits, and where their bytes are kept. */
  readonly evidence: {
    readonly maxBytes: number;
    readonly unreferencedHours: number;
    readonly store: { readonly adapter: 'postgres' } | S3EvidenceStoreConfig;
  };
  readonly notifications: {
    readonly smtpUrl: string;
    readonly mailFrom: string;
    readonly webhookUrls: readonly string[];
    readonly webhookSecret: string | undefined;
  };
}

export interface S3EvidenceStoreConfig {
  readonly adapter: 's3';
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly forcePathStyle: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
