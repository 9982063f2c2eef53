import { Transform } from 'class-transformer';
import { DEFAULT_WEB_ROOT } from './repository-root';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MinLength,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

export const EVENT_STORE_ADAPTERS = ['postgres', 'eventstoredb'] as const;
export const EVIDENCE_STORE_ADAPTERS = ['postgres', 's3'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === 'true' || value === '1'
      ? true
      : value === 'false' || value === '0'
        ? false
        : value;

/**
 * Every environment variable the system reads, with its rules. Validated once at boot;
 * nothing else in the code base reads process.env.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  HTTP_PORT = 3000;

  @IsIn(EVENT_STORE_ADAPTERS)
  EVENT_STORE: (typeof EVENT_STORE_ADAPTERS)[number] = 'postgres';

  @ValidateIf((env: EnvironmentVariables) => env.EVENT_STORE === 'eventstoredb')
  @Matches(/^(esdb|esdb\+discover|kurrentdb|kurrent):\/\//, {
    message:
      'EVENTSTORE_CONNECTION_STRING must be an esdb:// connection string when EVENT_STORE=eventstoredb',
  })
  EVENTSTORE_CONNECTION_STRING?: string;

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/giaoviec';

  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'DATABASE_SCHEMA must be a lower-case SQL identifier' })
  DATABASE_SCHEMA = 'public';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 20;

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /**
   * How often the worker checks, on a timer of its own, that Redis still holds its data (a
   * marker key, the job schedulers); after a loss it re-creates the schedules and the
   * reminders from the read models. 0: never (then only a restart heals).
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600)
  REDIS_DATA_LOSS_CHECK_SECONDS = 10;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @Transform(toBool)
  @IsBoolean()
  LOG_PRETTY = false;

  /** How often a command is retried when another writer appended to its stream first. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  COMMAND_CONFLICT_RETRIES = 50;

  /** How long an Idempotency-Key is remembered. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  IDEMPOTENCY_KEY_TTL_HOURS = 72;

  /**
   * Signs access tokens (HS256). Required in production; development and tests fall back to
   * a fixed, publicly known value so the system starts without set-up.
   */
  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86_400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS = 7;

  /** Failed logins in a row before an account is locked, and for how long. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILED_ATTEMPTS = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_MINUTES = 15;

  /** Login attempts per client address per minute (rate limit, besides the per-account lock-out). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 10;

  /** Days before the due date a reminder goes out (comma-separated), and the local hour it is sent at. */
  @Matches(/^\d{1,3}(,\d{1,3})*$/, {
    message: 'REMINDER_DAYS_BEFORE must be comma-separated whole days, e.g. 7,1',
  })
  REMINDER_DAYS_BEFORE = '7,1';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(23)
  REMINDER_LOCAL_HOUR = 8;

  /** Period of the reminder reconciliation after the one at start (0: only at start). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  REMINDER_RECONCILE_EVERY_SECONDS = 3600;

  /** Days overdue at which a task is escalated to the standing office, then to the Steering Committee. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ESCALATE_TO_STANDING_OFFICE_AFTER_DAYS = 3;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  ESCALATE_TO_STEERING_COMMITTEE_AFTER_DAYS = 10;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_LOCAL_HOUR = 7;

  /**
   * `?asOf=`: a past day not built yet is built within the request when its build replays at
   * most this many events (from the nearest earlier built day); beyond, the answer is 202 and
   * the worker builds it. ~2,700 events/s on the benchmark machine: 20,000 is about 8 s.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  AS_OF_SYNC_BUILD_MAX_EVENTS = 20_000;

  /** `?asOf=`: days (yyyy-mm-dd, comma-separated) the worker builds ahead and keeps, besides every month end. */
  @Matches(/^(\d{4}-\d{2}-\d{2}(,\d{4}-\d{2}-\d{2})*)?$/, {
    message: 'AS_OF_PINNED_DAYS must be comma-separated days yyyy-mm-dd, e.g. 2026-06-15,2026-09-15',
  })
  AS_OF_PINNED_DAYS = '';

  /** SMTP server for e-mail notifications (Mailpit in docker-compose). */
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  MAIL_FROM = 'giaoviec <no-reply@giaoviec.hue.gov.vn>';

  /** Comma-separated URLs that receive signed webhook notifications (Hue-S, the operations centre). Empty: none. */
  @IsOptional()
  @IsString()
  WEBHOOK_URLS?: string;

  @ValidateIf((env: EnvironmentVariables) => env.WEBHOOK_URLS !== undefined && env.WEBHOOK_URLS !== '')
  @IsString()
  @MinLength(32, { message: 'WEBHOOK_SECRET must be at least 32 characters when WEBHOOK_URLS is set' })
  WEBHOOK_SECRET?: string;

  /**
   * The built web application (index.html and assets/) the API serves under `/`. A relative
   * path is taken from the working directory. Missing at boot: the API serves only itself.
   */
  @IsString()
  @MinLength(1, { message: 'WEB_ROOT must name a folder' })
  WEB_ROOT = DEFAULT_WEB_ROOT;

  /** Where the bytes of report evidence live: PostgreSQL (one machine) or an S3-compatible store (MinIO, production). */
  @IsIn(EVIDENCE_STORE_ADAPTERS)
  EVIDENCE_STORE: (typeof EVIDENCE_STORE_ADAPTERS)[number] = 'postgres';

  /** The largest evidence file accepted, in bytes (20 MB: a scanned, signed report of some pages). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1024 * 1024 * 1024)
  EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

  /** A file uploaded but named by no report is removed after this many hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EVIDENCE_UNREFERENCED_HOURS = 24;

  @ValidateIf((env: EnvironmentVariables) => env.EVIDENCE_STORE === 's3' || env.S3_ENDPOINT !== undefined)
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  S3_ENDPOINT?: string;

  @ValidateIf((env: EnvironmentVariables) => env.EVIDENCE_STORE === 's3')
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'S3_BUCKET must be a bucket name (3-63 lower-case letters, digits, dots, dashes)',
  })
  S3_BUCKET?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @ValidateIf((env: EnvironmentVariables) => env.EVIDENCE_STORE === 's3')
  @IsString()
  @MinLength(1, { message: 'S3_ACCESS_KEY_ID is required when EVIDENCE_STORE=s3' })
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((env: EnvironmentVariables) => env.EVIDENCE_STORE === 's3')
  @IsString()
  @MinLength(1, { message: 'S3_SECRET_ACCESS_KEY is required when EVIDENCE_STORE=s3' })
  S3_SECRET_ACCESS_KEY?: string;

  /** MinIO and most self-hosted stores address buckets by path, not by sub-domain. */
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  @IsOptional()
  @IsString()
  TZ?: string;
}

/** Names this system owns: a variable with one of these prefixes that the schema does not know is a typo. */
export const OWNED_PREFIXES = [
  'REMINDER_',
  'ESCALATE_',
  'DIGEST_',
  'SMTP_',
  'MAIL_',
  'WEBHOOK_',
  'JWT_',
  'REFRESH_TOKEN_',
  'LOGIN_',
  'GIAOVIEC_',
  'EVENT_STORE',
  'EVENTSTORE_',
  'DATABASE_',
  'REDIS_',
  'HTTP_',
  'LOG_',
  'COMMAND_',
  'IDEMPOTENCY_',
  'WEB_',
  'EVIDENCE_',
  'S3_',
  'AS_OF_',
];
