import type { INestApplication } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import request from 'supertest';
import { AgenciesModule } from '@giaoviec/agencies';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@giaoviec/event-store';
import { FixedClock, type Actor } from '@giaoviec/kernel';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  CLOCK,
  HttpPlatformModule,
  InfrastructureModule,
  configureHttpApp,
} from '@giaoviec/platform';
import { IdentityModule } from '../application';
import { TEST_DATABASE_URL } from '../../../../test/support/test-database-url';
import { testAppEnvironment } from '../../../../test/support/test-app-environment';

export interface IdentityTestApp {
  readonly app: INestApplication;
  readonly http: ReturnType<typeof request>;
  readonly store: EventStore;
  readonly clock: FixedClock;
  readonly schema: string;
  /** Queries in the app's schema. */
  readonly db: Pool;
  /** An Authorization header with a bearer token naming `actor`, valid for an hour of the test clock. */
  as(actor: Actor): Record<string, string>;
  allEvents(): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

export const ADMIN: Actor = { userId: 'u-admin', agencyId: 'van-phong-ubnd', role: 'admin' };

/**
 * The pipeline of the API (HttpPlatformModule) with the agencies and identity contexts, on
 * the real PostgreSQL in a schema of its own (dropped by close()), with a clock the test
 * controls, starting at the real time.
 */
export async function startIdentityTestApp(
  options: { config?: Record<string, string>; beforeCompile?: () => void; schema?: string } = {},
): Promise<IdentityTestApp> {
  const schema = options.schema ?? `identity_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const clock = new FixedClock(new Date(Math.floor(Date.now() / 1000) * 1000));
  options.beforeCompile?.();
  const moduleRef = await Test.createTestingModule({
    imports: [
      InfrastructureModule.forRoot({
        ...testAppEnvironment(schema),
        LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
        ...options.config,
      }),
      CqrsModule.forRoot(),
      HttpPlatformModule,
      AgenciesModule,
      IdentityModule,
    ],
  })
    .overrideProvider(CLOCK)
    .useValue(clock)
    .compile();
  const app = configureHttpApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  const config = app.get<AppConfig>(APP_CONFIG);
  const jwt = new JwtService();
  const db = new Pool({ connectionString: TEST_DATABASE_URL, max: 2, options: `-c search_path=${schema}` });
  return {
    app,
    http: request(app.getHttpServer()),
    store,
    clock,
    schema,
    db,
    as(actor) {
      const token = jwt.sign(
        {
          sub: actor.userId,
          agency: actor.agencyId,
          role: actor.role,
          typ: 'access',
          iat: Math.floor(clock.now().getTime() / 1000),
        },
        {
          secret: config.auth.jwtSecret,
          algorithm: 'HS256',
          issuer: ACCESS_TOKEN_ISSUER,
          audience: ACCESS_TOKEN_AUDIENCE,
          expiresIn: 3600,
        },
      );
      return { Authorization: `Bearer ${token}` };
    },
    async allEvents() {
      const events: RecordedEvent[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.readAll({ after, maxCount: 1000 });
        events.push(...page.events);
        if (page.events.length === 0 || page.nextCheckpoint === undefined) return events;
        after = page.nextCheckpoint;
      }
    },
    async close() {
      await app.close();
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.end();
    },
  };
}

/** The agencies most tests need: the People's Committee office and two departments. */
export async function givenAgencies(api: IdentityTestApp): Promise<void> {
  for (const agency of [
    { agencyId: 'van-phong-ubnd', name: 'Văn phòng UBND thành phố', kind: 'department' },
    { agencyId: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'department' },
    { agencyId: 'so-y-te', name: 'Sở Y tế', kind: 'department' },
  ]) {
    await api.http.post('/agencies').set(api.as(ADMIN)).send(agency).expect(201);
  }
}

export interface TestUser {
  readonly userId: string;
  readonly username: string;
  readonly password: string;
  readonly agencyId: string;
  readonly role: Actor['role'];
}

/** Registers a user through POST /users as the administrator. */
export async function givenUser(
  api: IdentityTestApp,
  user: Partial<TestUser> & { username: string; displayName?: string; email?: string },
): Promise<TestUser> {
  const full = {
    password: `Mật khẩu của ${user.username} 2026`,
    agencyId: 'so-tai-chinh',
    role: 'officer' as const,
    ...user,
  };
  const response = await api.http
    .post('/users')
    .set(api.as(ADMIN))
    .send({
      ...(full.userId ? { userId: full.userId } : {}),
      username: full.username,
      displayName: user.displayName ?? `Cán bộ ${full.username}`,
      ...(user.email ? { email: user.email } : {}),
      agencyId: full.agencyId,
      role: full.role,
      password: full.password,
    })
    .expect(201);
  return { ...full, userId: response.body.userId };
}
