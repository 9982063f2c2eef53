import {
  CanActivate,
  ExecutionContext,
  Global,
  Injectable,
  Module,
  type INestApplication,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import request from 'supertest';
import { FixedClock, type Actor } from '@giaoviec/kernel';
import { AuthorizationModule, CLOCK, createValidationPipe, PG_POOL, ProblemFilter } from '@giaoviec/platform';
// Not in the platform's public index (the HttpPlatformModule installs it); the test installs it the same way.
import { PolicyGuard } from '../../../platform/src/authorization/policy.guard';
import { READ_MODEL_POSITION_HEADER, ReadAfterInterceptor } from '../projection/read-after.interceptor';
import { READ_MODEL_STORE } from '../projection/read-model-store';
import { ReportingModule } from '../reporting.module';
import { AsOfGenerations } from '../projection/as-of/as-of-generations';
import { PointInTimeReads } from '../projection/as-of/point-in-time-reads';
import { parseCsv } from './audit/audit-csv';
import { readModelProjections } from './read-model-projections';
import { TestEventLog } from './testing/event-log';
import {
  directoryHistory,
  PLAN_ID,
  SO_KHCN,
  SO_TAI_CHINH,
  SO_Y_TE,
  TaskEvents,
} from './testing/hue-fixtures';
import { ProjectionTestBed } from './testing/projection-test-bed';

/**
 * The read routes through Nest's real pipeline: the global validation pipe (unknown query
 * parameters refused), the PolicyGuard and the route's @Authorize, the ReadAfterInterceptor,
 * the problem filter; over the engine's real store. Only authentication is replaced: the
 * actor comes from a test header instead of a bearer token (ActorGuard has its own tests).
 */
@Injectable()
class TestActorGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp().getRequest<Request>();
    const raw = http.header('x-test-actor');
    if (raw) http.actor = JSON.parse(raw) as Actor;
    return true;
  }
}

const officer: Actor = { userId: 'u-officer', agencyId: SO_Y_TE, role: 'officer' };
const head: Actor = { userId: 'u-head', agencyId: SO_Y_TE, role: 'agency_head' };
const standing: Actor = { userId: 'u-standing', agencyId: SO_KHCN, role: 'standing_office' };
const leadership: Actor = { userId: 'u-lead', agencyId: 'ban-chi-dao', role: 'leadership' };
const admin: Actor = { userId: 'u-admin', agencyId: 'van-phong', role: 'admin' };

describe('read-model routes over HTTP', () => {
  let bed: ProjectionTestBed;
  let app: INestApplication;
  let lastPosition: string;

  const get = (actor: Actor, path: string) =>
    request(app.getHttpServer()).get(path).set('x-test-actor', JSON.stringify(actor));

  beforeAll(async () => {
    bed = await ProjectionTestBed.start(readModelProjections());
    const log = new TestEventLog();
    const tasks = new TaskEvents(log);
    const events = [
      ...directoryHistory(log),
      tasks.assigned('t-tc', { code: 'II.1', leadAgencyId: SO_TAI_CHINH, dueDate: '2026-06-30' }),
      tasks.assigned('t-yt', { code: 'II.2', leadAgencyId: SO_Y_TE, dueDate: '2026-06-30' }),
      tasks.acknowledged('t-yt', SO_Y_TE),
    ];
    await bed.given(events);
    lastPosition = events[events.length - 1].checkpoint;
    await bed.markApplied(lastPosition);

    @Global()
    @Module({
      providers: [
        { provide: READ_MODEL_STORE, useValue: bed.store },
        { provide: PG_POOL, useValue: bed.db.pool },
        { provide: CLOCK, useValue: new FixedClock(new Date('2026-07-02T02:00:00.000Z')) },
        ReadAfterInterceptor,
        PointInTimeReads,
        // These routes are read live here; ?asOf= has its own end-to-end test (test/api/as-of).
        { provide: AsOfGenerations, useValue: { ensure: () => Promise.reject(new Error('read live only')) } },
      ],
      exports: [READ_MODEL_STORE, PG_POOL, CLOCK, ReadAfterInterceptor, PointInTimeReads],
    })
    class TestInfrastructureModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [TestInfrastructureModule, AuthorizationModule, ReportingModule],
      providers: [
        { provide: APP_GUARD, useClass: TestActorGuard },
        { provide: APP_GUARD, useExisting: PolicyGuard },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemFilter());
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await bed.stop();
  });

  it('lists tasks with the position the read models reached, and waits for ?readAfter=', async () => {
    const response = await get(standing, `/tasks?readAfter=${lastPosition}&limit=10&overdue=true`).expect(
      200,
    );
    expect(response.headers[READ_MODEL_POSITION_HEADER.toLowerCase()]).toBe(lastPosition);
    expect(response.body).toMatchObject({
      today: '2026-07-02',
      total: 2,
      items: [
        { taskId: 't-tc', category: 'not_acknowledged', overdue: true, daysOverdue: 2 },
        { taskId: 't-yt', category: 'in_progress_overdue', overdue: true, daysOverdue: 2 },
      ],
    });
  });

  it("narrows an officer to its agency's tasks, and refuses to show another agency's", async () => {
    const own = await get(officer, '/tasks').expect(200);
    expect(own.body.items.map((item: { taskId: string }) => item.taskId)).toEqual(['t-yt']);
    await get(officer, `/tasks?agencyId=${SO_Y_TE}`).expect(200);
    const foreign = await get(officer, `/tasks?agencyId=${SO_TAI_CHINH}`).expect(403);
    expect(foreign.body).toMatchObject({ rule: 'auth.forbidden', action: 'task.list' });
    await get(admin, '/tasks').expect(403);
  });

  it('refuses unknown and malformed query parameters, naming them', async () => {
    const unknown = await get(standing, '/tasks?colour=red').expect(400);
    expect(unknown.body.detail).toContain('colour');
    const bad = await get(standing, '/tasks?limit=500&category=late&overdue=maybe').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'category',
      'limit',
      'overdue',
    ]);
    await get(standing, '/audit?from=yesterday').expect(400);
    await get(standing, '/tasks?cursor=garbage').expect(400);
  });

  it('serves the dashboards, the overdue board and the scoreboard', async () => {
    const agencies = await get(leadership, '/dashboard/agencies').expect(200);
    expect(agencies.body.totals).toMatchObject({ total: 2, not_acknowledged: 1, in_progress_overdue: 1 });
    const plan = await get(leadership, `/dashboard/plans/${PLAN_ID}?sectionDepth=1`).expect(200);
    expect(plan.body.sections).toEqual([{ section: 'II', counts: expect.objectContaining({ total: 2 }) }]);
    await get(leadership, '/dashboard/plans/no-such-plan').expect(404);
    const overdue = await get(head, '/dashboard/overdue').expect(200);
    expect(overdue.body.items.map((item: { taskId: string }) => item.taskId)).toEqual(['t-yt']);
    await get(officer, `/dashboard/agencies?agencyId=${SO_TAI_CHINH}`).expect(403);
    const indicators = await get(officer, '/dashboard/indicators?year=2026').expect(200);
    expect(indicators.body).toEqual({ year: 2026, today: '2026-07-02', asOf: null, indicators: [] });
  });

  it('serves the audit trail to those allowed, narrowed for agency heads, and as CSV', async () => {
    await get(officer, '/audit').expect(403);
    const all = await get(admin, '/audit?limit=2').expect(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.nextCursor).toEqual(expect.any(String));
    const own = await get(head, '/audit').expect(200);
    expect(own.body.items.every((item: { agencyIds: string[] }) => item.agencyIds.includes(SO_Y_TE))).toBe(
      true,
    );
    await get(head, `/audit?agencyId=${SO_TAI_CHINH}`).expect(403);

    const csv = await get(standing, '/audit?taskId=t-yt&order=asc').set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.text);
    expect(rows.slice(1).map((row) => row[rows[0].indexOf('Nội dung')])).toEqual([
      'Sở Khoa học và Công nghệ giao nhiệm vụ II.2 "Nhiệm vụ t-yt" của Kế hoạch 495/KH-UBND cho Sở Y tế chủ trì, hạn 30/06/2026',
      'Sở Y tế đã tiếp nhận nhiệm vụ II.2',
    ]);
    const byParam = await get(standing, '/audit?format=csv&taskId=t-yt').expect(200);
    expect(byParam.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(byParam.headers['content-disposition']).toBe('attachment; filename="nhat-ky-2026-07-02.csv"');
  });

  it("serves the actor's own notifications to every role", async () => {
    for (const actor of [officer, head, standing, leadership, admin]) {
      const response = await get(actor, '/notifications?unreadOnly=true').expect(200);
      // Only the assignments of the lead agency's own tasks are there for it; nothing else was sent.
      const kinds = response.body.items.map((item: { kind: string }) => item.kind);
      expect(kinds.every((kind: string) => kind === 'task.assigned')).toBe(true);
      expect(response.body.unread).toBe(response.body.total);
    }
  });

  it('documents the routes and their query parameters in OpenAPI', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const parameters = (path: string) =>
      (document.paths[path]?.get?.parameters ?? []).map((parameter) => (parameter as { name: string }).name);
    expect(parameters('/tasks')).toEqual(
      expect.arrayContaining([
        'agencyId',
        'planId',
        'category',
        'overdue',
        'groupId',
        'limit',
        'offset',
        'cursor',
        'readAfter',
      ]),
    );
    expect(parameters('/audit')).toEqual(
      expect.arrayContaining(['actorUserId', 'from', 'to', 'type', 'format']),
    );
    for (const path of [
      '/dashboard/overdue',
      '/dashboard/agencies',
      '/dashboard/plans/{planId}',
      '/dashboard/indicators',
      '/notifications',
    ]) {
      expect(document.paths[path]?.get).toBeDefined();
    }
  });
});
