import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from './app-config';
import { EnvironmentVariables, OWNED_PREFIXES } from './environment-variables';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Public, so only fit for development and tests; production refuses to start without JWT_SECRET. */
export const DEVELOPMENT_JWT_SECRET = 'giaoviec-development-only-secret-do-not-use-in-production';

const KNOWN_VARIABLES = new Set(
  Object.keys(new EnvironmentVariables()).concat(
    'EVENTSTORE_CONNECTION_STRING',
    'JWT_SECRET',
    'WEBHOOK_URLS',
    'WEBHOOK_SECRET',
    'S3_ENDPOINT',
    'S3_BUCKET',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
    'TZ',
  ),
);

/** Validates the environment once and turns it into the typed AppConfig; throws naming every bad variable. */
export function loadAppConfig(environment: Record<string, string | undefined>): AppConfig {
  const owned = Object.fromEntries(
    Object.entries(environment).filter(
      ([name, value]) =>
        value !== undefined && (KNOWN_VARIABLES.has(name) || OWNED_PREFIXES.some((p) => name.startsWith(p))),
    ),
  );
  const problems: string[] = Object.keys(owned)
    .filter((name) => !KNOWN_VARIABLES.has(name))
    .map(
      (name) => `${name} is not a setting this system knows (check the spelling; see README "Configuration")`,
    );

  const variables = plainToInstance(EnvironmentVariables, owned, { exposeDefaultValues: true });
  for (const error of validateSync(variables, { skipMissingProperties: false })) {
    const given = owned[error.property];
    const messages = Object.values(error.constraints ?? {}).join('; ');
    problems.push(`${error.property}${given === undefined ? ' (missing)' : ` = "${given}"`}: ${messages}`);
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);

  return {
    environment: variables.NODE_ENV,
    http: { port: variables.HTTP_PORT },
    eventStore:
      variables.EVENT_STORE === 'eventstoredb'
        ? { adapter: 'eventstoredb', connectionString: variables.EVENTSTORE_CONNECTION_STRING as string }
        : { adapter: 'postgres' },
    postgres: {
      url: variables.DATABASE_URL,
      schema: variables.DATABASE_SCHEMA,
      poolSize: variables.DATABASE_POOL_SIZE,
    },
    redis: { url: variables.REDIS_URL, dataLossCheckSeconds: variables.REDIS_DATA_LOSS_CHECK_SECONDS },
    log: { level: variables.LOG_LEVEL, pretty: variables.LOG_PRETTY },
    commands: {
      conflictRetries: variables.COMMAND_CONFLICT_RETRIES,
      idempotencyKeyTtlHours: variables.IDEMPOTENCY_KEY_TTL_HOURS,
    },
    auth: {
      jwtSecret: variables.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      accessTokenTtlSeconds: variables.JWT_ACCESS_TTL_SECONDS,
      refreshTokenTtlDays: variables.REFRESH_TOKEN_TTL_DAYS,
      maxFailedLogins: variables.LOGIN_MAX_FAILED_ATTEMPTS,
      lockoutMinutes: variables.LOGIN_LOCKOUT_MINUTES,
      loginRateLimitPerMinute: variables.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    reminders: {
      daysBefore: [...new Set(variables.REMINDER_DAYS_BEFORE.split(',').map(Number))].sort((a, b) => b - a),
      localHour: variables.REMINDER_LOCAL_HOUR,
      reconcileEverySeconds: variables.REMINDER_RECONCILE_EVERY_SECONDS,
      escalateToStandingOfficeAfterDays: variables.ESCALATE_TO_STANDING_OFFICE_AFTER_DAYS,
      escalateToSteeringCommitteeAfterDays: variables.ESCALATE_TO_STEERING_COMMITTEE_AFTER_DAYS,
      digestLocalHour: variables.DIGEST_LOCAL_HOUR,
    },
    asOf: {
      syncBuildMaxEvents: variables.AS_OF_SYNC_BUILD_MAX_EVENTS,
      pinnedDays: [...new Set(variables.AS_OF_PINNED_DAYS.split(',').filter((day) => day !== ''))].sort(),
    },
    web: { root: resolve(variables.WEB_ROOT) },
    evidence: {
      maxBytes: variables.EVIDENCE_MAX_BYTES,
      unreferencedHours: variables.EVIDENCE_UNREFERENCED_HOURS,
      store:
        variables.EVIDENCE_STORE === 's3'
          ? {
              adapter: 's3',
              endpoint: variables.S3_ENDPOINT as string,
              bucket: variables.S3_BUCKET as string,
              region: variables.S3_REGION,
              accessKeyId: variables.S3_ACCESS_KEY_ID as string,
              secretAccessKey: variables.S3_SECRET_ACCESS_KEY as string,
              forcePathStyle: variables.S3_FORCE_PATH_STYLE,
            }
          : { adapter: 'postgres' },
    },
    notifications: {
      smtpUrl: variables.SMTP_URL,
      mailFrom: variables.MAIL_FROM,
      webhookUrls: (variables.WEBHOOK_URLS ?? '')
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url.length > 0),
      webhookSecret: variables.WEBHOOK_SECRET,
    },
  };
}
