import { Controller, Get, Inject, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { newTestEvent } from '@giaoviec/event-store/testing';
import { FixedClock } from '@giaoviec/kernel';
import {
  CLOCK,
  configureHttpApp,
  HttpPlatformModule,
  InfrastructureModule,
  PG_POOL,
  PublicRoute,
} from '@giaoviec/platform';
import { TEST_DATABASE_URL } from '../../../../test/support/test-database-url';
import { PROJECTIONS } from './projection';
import { PROJECTION_ENGINE_OPTIONS } from './projection-engine.options';
import { ProjectionEngineModule } from './projection-engine.module';
import { ProjectionHttpModule } from './projection-http.module';
import { ProjectionRunner } from './projection-runner';
import { ReadAfterInterceptor, ReadModelQuery } from './read-after.interceptor';
import { ReadModelGenerations, dropReadModelSchemas } from './read-model-generations';
import { READ_MODEL_STORE, type ReadModelStore } from './read-model-store';
import { testProjections } from './testing/test-projections';
import { testAppEnvironment } from '../../../../test/support/test-app-environment';

/** A read route as the read models' controllers write them. */
@Controller('test-items')
class TestItemsController {
  constructor(@Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore) {}

  @Get()
  @PublicRoute()
  @ReadModelQuery()
  async list() {
    const rows = await this.readModels.read<{ stream_id: string; events: number }>((schema) => ({
      text: `SELECT stream_id, events FROM ${schema}.stream_summary ORDER BY stream_id`,
    }));
    return { items: rows };
  }
}

describe('read-your-writes over HTTP, /metrics and /health', () => {
  jest.setTimeout(30_000);
  const schema = `projection_http_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const projections = testProjections();
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  let runner: ProjectionRunner | undefined;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        InfrastructureModule.forRoot({
          ...testAppEnvironment(schema),
        }),
        HttpPlatformModule,
        ProjectionEngineModule,
        ProjectionHttpModule,
      ],
      controllers: [TestItemsController],
      providers: [{ provide: PROJECTIONS, useValue: projections }],
    })
      .overrideProvider(PROJECTION_ENGINE_OPTIONS)
      .useValue({ readAfterTimeoutMs: 300, liveCacheMs: 50 })
      .overrideProvider(CLOCK)
      .useValue(new FixedClock(new Date('2030-01-01T00:00:00Z')))
      .compile();
    app = configureHttpApp(moduleRef.createNestApplication({ bufferLogs: true }));
    await app.init();
    http = request(app.getHttpServer());
    store = app.get<EventStore>(EVENT_STORE);
  });

  afterAll(async () => {
    await runner?.stop();
    const pool = app.get<Pool>(PG_POOL);
    await dropReadModelSchemas(pool);
    await app.close();
    const admin = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  function startRunner(): void {
    runner ??= new ProjectionRunner({
      store,
      pool: app.get(PG_POOL),
      schema: `${schema}_rm_1`,
      projections,
      idleAdvanceMs: 50,
      logger: { log: () => undefined, warn: () => undefined, error: () => undefined },
    }).start();
  }

  it('boots with a live generation and answers with the position the read models are at', async () => {
    expect((await app.get(ReadModelGenerations).live()).generation).toBe(1);

    const response = await http.get('/test-items').expect(200);

    expect(response.body).toEqual({ items: [] });
    expect(response.headers['x-read-model-position']).toBe('');
  });

  it('answers 503 with Retry-After and how far behind, when the read models do not reach X-Read-After in time', async () => {
    const write = await store.appendToStream(
      'item-1',
      [newTestEvent('ItemAdded'), newTestEvent('ItemAdded')],
      0,
    );

    const response = await http.get('/test-items').set('X-Read-After', write.checkpoint).expect(503);

    expect(response.headers['retry-after']).toBe('1');
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: 'urn:giaoviec:problem:read_models.behind',
      status: 503,
      requestedPosition: write.checkpoint,
      currentPosition: null,
      eventsBehind: 2,
    });
  });

  it('waits for ?readAfter= and then answers with the write in it', async () => {
    const write = await store.appendToStream(
      'item-2',
      [newTestEvent('ItemRenamed', { title: 'Báo cáo' })],
      0,
    );
    const pending = http.get('/test-items').query({ readAfter: write.checkpoint });
    startRunner();

    const response = await pending.expect(200);

    expect(response.body.items).toEqual([
      { stream_id: 'item-1', events: 2 },
      { stream_id: 'item-2', events: 1 },
    ]);
    expect(response.headers['x-read-model-position'] >= write.checkpoint).toBe(true);
  });

  it('refuses a position that is not one of the log with a 400 naming readAfter', async () => {
    const response = await http.get('/test-items').set('X-Read-After', 'yesterday').expect(400);

    expect(response.body).toMatchObject({
      type: 'urn:giaoviec:problem:read_models.invalid_position',
      errors: [{ field: 'readAfter' }],
    });
  });

  it('serves the lag at GET /metrics, without an actor, in the Prometheus text format', async () => {
    startRunner();
    const response = await http.get('/metrics').expect(200);

    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/^giaoviec_projection_events_behind \d+$/m);
    expect(response.text).toMatch(/^giaoviec_projection_lag_seconds [\d.e+-]+$/m);
  });

  it('adds the projections to GET /health', async () => {
    const response = await http.get('/health').expect(200);

    expect(Object.keys(response.body.details).sort()).toEqual([
      'eventStore',
      'postgres',
      'projections',
      'redis',
    ]);
    expect(response.body.details.projections).toMatchObject({ status: 'up', generation: 1 });
  });

  it('is what ReadModelQuery() puts on a route', () => {
    expect(Reflect.getMetadata('__interceptors__', TestItemsController.prototype.list)).toEqual([
      ReadAfterInterceptor,
    ]);
  });
});
