import type { Pool } from 'pg';
import { PG_POOL } from '@giaoviec/platform';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import {
  asFinance,
  asHealth,
  asStandingOffice,
  FINANCE_OFFICER,
  givenAssignedTask,
  STANDING_OFFICE,
} from '../support/hue-fixtures';

describe('task commands over HTTP (real PostgreSQL)', () => {
  let api: ApiTestApp;
  let taskId: string;

  beforeEach(async () => {
    api = await startApiTestApp();
    ({ taskId } = await givenAssignedTask(api));
  });
  afterEach(() => api.close());

  it('answers a command with the new stream version, also as ETag', async () => {
    const response = await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    expect(response.body).toMatchObject({ streamId: `task-${taskId}`, version: 2, replayed: false });
    expect(response.body.events).toEqual([{ eventId: expect.any(String), type: 'TaskAcknowledged' }]);
    expect(response.headers.etag).toBe('"2"');
  });

  it('answers an assignment of one task with its version as ETag, never a content hash', async () => {
    const assigned = await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({ title: 'Rà soát hồ sơ', leadAgencyId: 'so-y-te', dueDate: '2026-09-30' })
      .expect(201);
    expect(assigned.body.tasks).toHaveLength(1);
    expect(assigned.headers.etag).toBe(`"${assigned.body.tasks[0].version}"`);
    // A read answer with no version of its own carries no ETag at all.
    const plans = await api.http.get('/plans').set(asStandingOffice).expect(200);
    expect(plans.headers.etag).toBeUndefined();
  });

  it('refuses a stale If-Match with 409 and the current version', async () => {
    await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .set('If-Match', '"1"')
      .send({})
      .expect(200);
    const stale = await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(asFinance)
      .set('If-Match', '"1"')
      .send({ summary: 'Đã lập dự toán' })
      .expect(409);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.body).toMatchObject({
      status: 409,
      rule: 'stream.wrong_expected_version',
      currentVersion: 2,
      expectedVersion: 1,
    });
    expect(stale.headers.etag).toBe('"2"');
    expect((await api.store.readStream(`task-${taskId}`)).version).toBe(2);
  });

  it('takes the expected version from the body too', async () => {
    const stale = await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .send({ expectedVersion: 0 })
      .expect(409);
    expect(stale.body.currentVersion).toBe(1);
    await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .send({ expectedVersion: 1 })
      .expect(200);
  });

  it('refuses If-Match and expectedVersion that disagree', async () => {
    const response = await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .set('If-Match', '"1"')
      .send({ expectedVersion: 2 })
      .expect(400);
    expect(response.body.errors[0].field).toBe('expectedVersion');
  });

  it('answers a replayed Idempotency-Key with the first answer and appends nothing', async () => {
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    const send = () =>
      api.http
        .post(`/tasks/${taskId}/progress`)
        .set(asFinance)
        .set('Idempotency-Key', 'progress-2026-06-01-abc')
        .send({ summary: 'Đã trình dự toán', percentComplete: 30 });
    const first = await send().expect(201);
    const before = await api.store.readStream(`task-${taskId}`);
    const retry = await send().expect(201);
    const after = await api.store.readStream(`task-${taskId}`);

    // The same answer, but saying what the header says: this one is a replay.
    expect(first.body.replayed).toBe(false);
    expect(retry.body).toEqual({ ...first.body, replayed: true });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(after.version).toBe(before.version);
    expect(after.events.filter((event) => event.type === 'ProgressReported')).toHaveLength(1);
  });

  it('replays a refused command as the same refusal', async () => {
    const send = () =>
      api.http
        .post(`/tasks/${taskId}/complete`)
        .set(asFinance)
        .set('Idempotency-Key', 'complete-too-early')
        .send({ result: 'x' });
    const first = await send().expect(409);
    const retry = await send().expect(409);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });

  it('refuses an Idempotency-Key reused for a different request', async () => {
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(asFinance)
      .set('Idempotency-Key', 'key-reused-0001')
      .send({ summary: 'A' })
      .expect(201);
    const reused = await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(asFinance)
      .set('Idempotency-Key', 'key-reused-0001')
      .send({ summary: 'B' })
      .expect(422);
    expect(reused.body.rule).toBe('idempotency.key_reused');
  });

  it('applies a retried command only once even when the answer was lost (same key, store consulted)', async () => {
    const key = 'lost-answer-0001';
    await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .set('Idempotency-Key', key)
      .send({})
      .expect(200);
    // The answer was lost with the process: only the events remain.
    await api.app.get<Pool>(PG_POOL).query('DELETE FROM idempotency_keys');
    const retry = await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .set('Idempotency-Key', key)
      .send({})
      .expect(200);
    expect(retry.body).toMatchObject({ version: 2, replayed: true });
    expect((await api.store.readStream(`task-${taskId}`)).version).toBe(2);
  });

  it('never loses or duplicates an event under 200 concurrent commands on one task', async () => {
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        api.http
          .post(`/tasks/${taskId}/progress`)
          .set(asFinance)
          .send({ summary: `Báo cáo số ${index}`, percentComplete: index % 101 }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(200).fill(201));
    const { version, events } = await api.store.readStream(`task-${taskId}`);
    expect(version).toBe(202);
    expect(events.map((event) => event.streamVersion)).toEqual(Array.from({ length: 202 }, (_, i) => i + 1));
    const summaries = events
      .filter((event) => event.type === 'ProgressReported')
      .map((event) => (event.data as { summary: string }).summary);
    expect(new Set(summaries).size).toBe(200);
    expect(new Set(responses.map((response) => response.body.version)).size).toBe(200);
  });

  it('lets exactly one of many concurrent commands with the same If-Match win', async () => {
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api.http
          .post(`/tasks/${taskId}/progress`)
          .set(asFinance)
          .set('If-Match', '"2"')
          .send({ summary: `Báo cáo ${index}` }),
      ),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 409)).toHaveLength(19);
    expect((await api.store.readStream(`task-${taskId}`)).version).toBe(3);
  });

  it('reads back the events of a task in order with actor and timestamps: the audit trail', async () => {
    await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .send({ note: 'Đã tiếp nhận' })
      .expect(200);
    api.clock.advanceDays(10);
    await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(asFinance)
      .send({ summary: 'Đã lập dự toán', percentComplete: 50 })
      .expect(201);

    const history = await api.http.get(`/tasks/${taskId}/history`).set(asStandingOffice).expect(200);
    expect(history.body.version).toBe(3);
    expect(history.body.events.map((event: { type: string }) => event.type)).toEqual([
      'TaskAssigned',
      'TaskAcknowledged',
      'ProgressReported',
    ]);
    const [assigned, acknowledged, reported] = history.body.events;
    expect(assigned.actor).toEqual(STANDING_OFFICE);
    expect(acknowledged.actor).toEqual(FINANCE_OFFICER);
    expect(reported.occurredAt).toBe('2026-06-11T02:00:00.000Z');
    expect(new Date(reported.recordedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(acknowledged.correlationId).toEqual(expect.any(String));
    expect(history.body.events.map((event: { version: number }) => event.version)).toEqual([1, 2, 3]);
  });

  it('carries the caller correlation id into the events and the response', async () => {
    const response = await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .set('X-Correlation-Id', 'hue-s-request-42')
      .send({})
      .expect(200);
    expect(response.headers['x-correlation-id']).toBe('hue-s-request-42');
    const { events } = await api.store.readStream(`task-${taskId}`);
    expect(events[1].metadata.correlationId).toBe('hue-s-request-42');
  });

  it('says which rule a refused command broke', async () => {
    const foreign = await api.http.post(`/tasks/${taskId}/acknowledge`).set(asHealth).send({}).expect(403);
    expect(foreign.body).toMatchObject({ status: 403, rule: 'auth.forbidden', action: 'task.acknowledge' });
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    const twice = await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(409);
    expect(twice.body.rule).toBe('task.already_acknowledged');
  });

  it('answers 404 for a task that does not exist', async () => {
    const response = await api.http
      .post('/tasks/no-such-task/acknowledge')
      .set(asFinance)
      .send({})
      .expect(404);
    expect(response.body.rule).toBe('task.not_found');
    await api.http.get('/tasks/no-such-task').set(asFinance).expect(404);
    await api.http.get('/tasks/no-such-task/history').set(asFinance).expect(404);
  });

  it('answers 401 without an actor', async () => {
    const response = await api.http.post(`/tasks/${taskId}/acknowledge`).send({}).expect(401);
    expect(response.body.detail).toMatch(/Authorization: Bearer/);
  });

  it('walks a task through its whole life', async () => {
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    const extension = await api.http
      .post(`/tasks/${taskId}/extension-requests`)
      .set(asFinance)
      .send({ requestedDueDate: '2026-12-31', reason: 'Chờ bổ sung kinh phí' })
      .expect(201);
    await api.http
      .post(`/tasks/${taskId}/extension-requests/${extension.body.requestId}/grant`)
      .set(asStandingOffice)
      .send({})
      .expect(200);
    await api.http
      .post(`/tasks/${taskId}/complete`)
      .set(asFinance)
      .send({ result: 'Đã bố trí kinh phí' })
      .expect(200);
    await api.http
      .post(`/tasks/${taskId}/return`)
      .set(asStandingOffice)
      .send({ reason: 'Thiếu báo cáo' })
      .expect(200);
    await api.http
      .post(`/tasks/${taskId}/complete`)
      .set(asFinance)
      .send({ result: 'Đã bổ sung báo cáo' })
      .expect(200);
    await api.http.post(`/tasks/${taskId}/accept`).set(asStandingOffice).send({ comment: 'Đạt' }).expect(200);

    const task = await api.http.get(`/tasks/${taskId}`).set(asStandingOffice).expect(200);
    expect(task.body).toMatchObject({
      status: 'accepted',
      dueDate: '2026-12-31',
      category: 'completed_on_time',
      version: 8,
    });
    expect(task.headers.etag).toBe('"8"');
  });
});
