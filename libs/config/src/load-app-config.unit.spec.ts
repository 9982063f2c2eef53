import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigValidationError, loadAppConfig } from './load-app-config';

describe('loadAppConfig', () => {
  it('gives working defaults for a fresh machine', () => {
    const config = loadAppConfig({});
    expect(config.eventStore).toEqual({ adapter: 'postgres' });
    expect(config.http.port).toBe(3000);
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
  });

  it('converts and types values', () => {
    const config = loadAppConfig({ HTTP_PORT: '8080', LOG_PRETTY: 'true', DATABASE_POOL_SIZE: '5' });
    expect(config.http.port).toBe(8080);
    expect(config.log.pretty).toBe(true);
    expect(config.postgres.poolSize).toBe(5);
  });

  it('names every invalid value', () => {
    const attempt = () => loadAppConfig({ HTTP_PORT: 'eighty', EVENT_STORE: 'mongodb' });
    expect(attempt).toThrow(ConfigValidationError);
    expect(attempt).toThrow(/HTTP_PORT = "eighty"/);
    expect(attempt).toThrow(/EVENT_STORE = "mongodb"/);
  });

  it('names a missing value that the chosen adapter needs', () => {
    expect(() => loadAppConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(
      /EVENTSTORE_CONNECTION_STRING \(missing\)/,
    );
  });

  it('keeps evidence in PostgreSQL, up to 20 MB, unless told otherwise', () => {
    expect(loadAppConfig({}).evidence).toEqual({
      maxBytes: 20 * 1024 * 1024,
      unreferencedHours: 24,
      store: { adapter: 'postgres' },
    });
  });

  it('keeps evidence in an S3-compatible store when configured, naming each setting it lacks', () => {
    const s3 = {
      EVIDENCE_STORE: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'giaoviec-evidence',
      S3_ACCESS_KEY_ID: 'giaoviec',
      S3_SECRET_ACCESS_KEY: 'secret-of-minio',
    };
    expect(loadAppConfig({ ...s3, EVIDENCE_MAX_BYTES: '1048576' }).evidence).toEqual({
      maxBytes: 1048576,
      unreferencedHours: 24,
      store: {
        adapter: 's3',
        endpoint: 'http://minio:9000',
        bucket: 'giaoviec-evidence',
        region: 'us-east-1',
        accessKeyId: 'giaoviec',
        secretAccessKey: 'secret-of-minio',
        forcePathStyle: true,
      },
    });
    const attempt = () => loadAppConfig({ EVIDENCE_STORE: 's3', S3_ENDPOINT: 'http://minio:9000' });
    expect(attempt).toThrow(/S3_BUCKET \(missing\)/);
    expect(attempt).toThrow(/S3_ACCESS_KEY_ID \(missing\)/);
    expect(attempt).toThrow(/S3_SECRET_ACCESS_KEY \(missing\)/);
  });

  it('refuses a misspelled variable of ours instead of silently using a default', () => {
    expect(() => loadAppConfig({ DATABASE_ULR: 'postgres://x@y/z' })).toThrow(
      /DATABASE_ULR is not a setting/,
    );
  });

  it('ignores variables that belong to other programs', () => {
    expect(() => loadAppConfig({ PATH: '/usr/bin', HOME: '/root' })).not.toThrow();
  });

  it('refuses to run in production without a JWT secret', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET \(missing\)/);
    expect(() => loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(
      /at least 32 characters/,
    );
    expect(loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).auth.jwtSecret).toBe(
      'x'.repeat(40),
    );
  });

  it('accepts an EventStoreDB connection string', () => {
    const config = loadAppConfig({
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
    });
    expect(config.eventStore).toEqual({
      adapter: 'eventstoredb',
      connectionString: 'esdb://localhost:2113?tls=false',
    });
  });

  it('serves the web application from dist/web of the repository unless WEB_ROOT says otherwise', () => {
    const root = loadAppConfig({}).web.root;
    expect(root).toBe(join(__dirname, '..', '..', '..', 'dist', 'web'));
    expect(existsSync(join(root, '..', '..', 'package.json'))).toBe(true);
    expect(loadAppConfig({ WEB_ROOT: '/srv/giaoviec/web' }).web.root).toBe('/srv/giaoviec/web');
    expect(loadAppConfig({ WEB_ROOT: 'build/web' }).web.root).toBe(resolve('build/web'));
    expect(() => loadAppConfig({ WEB_ROOT: '' })).toThrow(/WEB_ROOT/);
    expect(() => loadAppConfig({ WEB_ROTO: '/srv' })).toThrow(/WEB_ROTO is not a setting/);
  });
});
