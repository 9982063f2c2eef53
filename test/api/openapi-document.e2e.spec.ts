import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import {
  asAdmin,
  asFinance,
  asHealth,
  asStandingOffice,
  givenAssignedTask,
  givenInAppReminderOfOverdueTask,
  givenOverdueTask,
  ONLINE_APPLICATIONS_INDICATOR,
} from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';
import { samplePdf, samplePng } from '@giaoviec/evidence/testing';

/**
 * The OpenAPI document is what integrators build from: every operation must say what a
 * success answers and which problems it can answer, and real answers must match it.
 */
interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
}
interface ResponseObject {
  readonly content?: Record<string, { schema?: object }>;
  readonly headers?: Record<string, unknown>;
}
interface Operation {
  readonly parameters?: Parameter[];
  readonly requestBody?: unknown;
  readonly security?: unknown[];
  readonly responses: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { schemas: Record<string, object> };
}

/**
 * OpenAPI 3.0's `nullable` as JSON Schema says it (Ajv reads it only next to a `type`).
 * `strict` also closes every object that lists its properties: a member the document does
 * not name is a mismatch too (success answers; problems are open by design).
 */
function asJsonSchema(schema: unknown, strict = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => asJsonSchema(item, strict));
  if (typeof schema !== 'object' || schema === null) return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, asJsonSchema(value, strict)]),
  );
  if (strict && 'properties' in converted && !('additionalProperties' in converted)) {
    converted.additionalProperties = false;
  }
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

const successOf = (operation: Operation) =>
  Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
const headersOf = (operation: Operation) =>
  (operation.parameters ?? []).filter((parameter) => parameter.in === 'header').map(({ name }) => name);

/** What an operation's document lacks, in words; empty when it is complete. */
function gapsOf(path: string, method: string, operation: Operation): string[] {
  const gaps: string[] = [];
  const has = (status: number) => operation.responses[String(status)]?.content !== undefined;
  const success = successOf(operation);
  if (success.length === 0) gaps.push('no success answer');
  for (const [status, response] of success) {
    if (status !== '204' && response.content === undefined) gaps.push(`no schema for ${status}`);
  }
  const authenticated = (operation.security ?? []).length > 0;
  if (authenticated && !has(401)) gaps.push('no 401 problem');
  if (!has(400)) gaps.push('no 400 problem');
  if (path.includes('{') && !has(404)) gaps.push('no 404 problem');
  if (!headersOf(operation).includes('Accept-Language')) gaps.push('no Accept-Language');
  if (method !== 'get' && authenticated) {
    if (!headersOf(operation).includes('Idempotency-Key')) gaps.push('no Idempotency-Key');
    if (!has(409) || !has(422)) gaps.push('no 409 or 422 problem');
    const replayed = success.some(([, response]) => response.headers?.['Idempotent-Replayed']);
    if (!replayed) gaps.push('no Idempotent-Replayed');
  }
  return gaps;
}

describe('the OpenAPI document', () => {
  let api: ApiTestApp;
  let document: OpenApiDocument;
  let taskId: string;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);

  beforeAll(async () => {
    api = await startApiTestApp();
    document = (await api.http.get('/docs/openapi.json').expect(200)).body as OpenApiDocument;
    ajv.addSchema(asJsonSchema({ components: document.components }) as object, 'openapi');
    ajv.addSchema(asJsonSchema({ components: document.components }, true) as object, 'openapi-strict');
    ({ taskId } = await givenAssignedTask(api));
  });
  afterAll(() => api?.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  it('documents the success schema, the problems and the headers of every operation', () => {
    const gaps = operations().flatMap(({ path, method, operation }) =>
      gapsOf(path, method, operation).map((gap) => `${method.toUpperCase()} ${path}: ${gap}`),
    );
    expect(gaps).toEqual([]);
  });

  /**
   * The validator of the schema the document gives for this answer (by path template, method,
   * status); undefined for a 204 the document gives no body.
   */
  function validatorFor(path: string, method: string, response: Response): ValidateFunction | undefined {
    const answer = document.paths[path]?.[method]?.responses[String(response.status)];
    if (!answer) throw new Error(`${method.toUpperCase()} ${path} answered ${response.status}, undocumented`);
    if (response.status === 204 && answer.content === undefined) return undefined;
    const mediaType = String(response.headers['content-type'] ?? '').split(';')[0];
    const schema = answer.content?.[mediaType]?.schema;
    if (!schema)
      throw new Error(`${method.toUpperCase()} ${path} ${response.status}: no schema for ${mediaType}`);
    const strict = response.status < 300;
    // Component references resolve inside the document registered as "openapi" (or its strict twin).
    const resolvable = JSON.parse(
      JSON.stringify(schema).replace(
        /"#\/components\//g,
        `"${strict ? 'openapi-strict' : 'openapi'}#/components/`,
      ),
    );
    return ajv.compile(asJsonSchema(resolvable, strict) as object);
  }

  /** Collects each answer that does not match its documented schema. */
  function answerChecker() {
    const mismatches: string[] = [];
    /** Each path's statuses in order, so a test can say which answers it saw. */
    const answered: string[] = [];
    const check = async (path: string, method: string, call: Promise<Response>) => {
      const response = await call;
      answered.push(`${response.status} ${path}`);
      try {
        const validate = validatorFor(path, method, response);
        const body = response.type.startsWith('text/') ? response.text : response.body;
        if (validate && !validate(body)) {
          mismatches.push(
            `${method.toUpperCase()} ${path} ${response.status}: ${ajv.errorsText(validate.errors)}`,
          );
        }
      } catch (error) {
        mismatches.push((error as Error).message);
      }
      return response;
    };
    const get = (path: string, url: string, headers: Record<string, string> = {}) =>
      check(path, 'get', api.http.get(url).set(headers));
    return { mismatches, answered, check, get };
  }

  it('describes real answers: the document’s schema for each status validates the body', async () => {
    const { mismatches, check } = answerChecker();
    const task = `/tasks/${encodeURIComponent(taskId)}`;

    await check('/agencies', 'get', api.http.get('/agencies').set(asFinance));
    await check('/agencies/{agencyId}', 'get', api.http.get('/agencies/so-tai-chinh').set(asFinance));
    await check('/agencies/{agencyId}', 'get', api.http.get('/agencies/khong-co').set(asFinance));
    await check('/plans', 'get', api.http.get('/plans').set(asFinance));
    await check(
      '/plans/import-drafts',
      'post',
      api.http.post('/plans/import-drafts').set(asStandingOffice).send({
        text: 'Số: 12/KH-UBND\nKẾ HOẠCH\nThử\nI. NHIỆM VỤ\n- Sở Tài chính bố trí kinh phí trong quý II/2026.\n- Sở Mới lập danh mục: 100% hồ sơ.',
      }),
    );
    await check('/plans/{planId}', 'get', api.http.get('/plans/kh-495').set(asFinance));
    await check('/plans/{planId}', 'get', api.http.get('/plans/khong-co').set(asFinance));
    await check(
      '/plans/{planId}/indicators',
      'post',
      api.http.post('/plans/kh-495/indicators').set(asStandingOffice).send(ONLINE_APPLICATIONS_INDICATOR),
    );
    await check(
      '/plans/{planId}/indicators/{indicatorId}',
      'get',
      api.http.get('/plans/kh-495/indicators/kh-495-cqs-1').set(asFinance),
    );
    await check(
      '/plans/{planId}/tasks',
      'post',
      api.http
        .post('/plans/kh-495/tasks')
        .set(asStandingOffice)
        .send({ title: 'x', leadAgencyId: 'so-y-te', dueDate: 'soon' }),
    );
    await check('/tasks/{taskId}', 'get', api.http.get(task).set(asFinance));
    await check('/tasks/{taskId}', 'get', api.http.get('/tasks/khong-co').set(asStandingOffice));
    await check('/tasks/{taskId}/history', 'get', api.http.get(`${task}/history`).set(asFinance));
    await check('/tasks/{taskId}/acknowledge', 'post', api.http.post(`${task}/acknowledge`).send({}));
    await check(
      '/tasks/{taskId}/acknowledge',
      'post',
      api.http.post(`${task}/acknowledge`).set(asFinance).set('Idempotency-Key', 'ack-openapi-1').send({}),
    );
    // The same command again: a replay with the same answer.
    await check(
      '/tasks/{taskId}/acknowledge',
      'post',
      api.http.post(`${task}/acknowledge`).set(asFinance).set('Idempotency-Key', 'ack-openapi-1').send({}),
    );
    // A stale If-Match (the task is at version 2 after its acknowledgement): a 409; then a report in Vietnamese.
    for (const headers of [{ 'If-Match': '"1"' }, { 'Accept-Language': 'vi' }]) {
      await check(
        '/tasks/{taskId}/progress',
        'post',
        api.http
          .post(`${task}/progress`)
          .set(asFinance)
          .set(headers)
          .send({ text: 'Đã bố trí', percentComplete: 30 }),
      );
    }
    await check(
      '/tasks/{taskId}/extension-requests',
      'post',
      api.http
        .post(`${task}/extension-requests`)
        .set(asFinance)
        .send({ requestedDueDate: '2027-03-31', reason: 'Chờ dự toán' }),
    );
    await check('/tasks/{taskId}/accept', 'post', api.http.post(`${task}/accept`).set(asFinance).send({}));
    // A file for a report (its raw bytes), one refused for its content, and the report naming the first.
    const uploadOf = (bytes: Buffer, contentType: string) =>
      api.http
        .post(`${task}/evidence`)
        .set(asFinance)
        .set('Content-Type', contentType)
        .set('X-File-Name', encodeURIComponent('Báo cáo.pdf'))
        .send(bytes);
    const uploaded = await check(
      '/tasks/{taskId}/evidence',
      'post',
      uploadOf(samplePdf(), 'application/pdf'),
    );
    await check('/tasks/{taskId}/evidence', 'post', uploadOf(samplePng(), 'application/pdf'));
    await check(
      '/tasks/{taskId}/progress',
      'post',
      api.http
        .post(`${task}/progress`)
        .set(asFinance)
        .send({ summary: 'Kèm báo cáo đã ký', evidenceIds: [uploaded.body.evidenceId] }),
    );
    await check(
      '/tasks/{taskId}/directions',
      'post',
      api.http.post(`${task}/directions`).set(asStandingOffice).send({ text: 'Đề nghị hoàn thành sớm' }),
    );
    await check(
      '/tasks/{taskId}/comments',
      'post',
      api.http.post(`${task}/comments`).set(asFinance).send({ text: 'Đã tiếp thu' }),
    );
    await check(
      '/tasks/{taskId}/evidence/{evidenceId}',
      'get',
      api.http.get(`${task}/evidence/00000000-0000-4000-8000-000000000000`).set(asFinance),
    );

    expect(mismatches).toEqual([]);
  });

  it('describes real answers of accounts and logins', async () => {
    const { mismatches, answered, check, get } = answerChecker();
    const password = 'mật khẩu ban đầu dài';
    const registered = await check(
      '/users',
      'post',
      api.http.post('/users').set(asAdmin).send({
        username: 'le.van.c',
        displayName: 'Lê Văn C',
        agencyId: 'so-tai-chinh',
        role: 'officer',
        password,
      }),
    );
    const user = `/users/${encodeURIComponent(String(registered.body.userId))}`;
    await get('/users', '/users', asAdmin);
    for (const url of [user, '/users/khong-co']) await get('/users/{userId}', url, asAdmin);
    await check(
      '/users/{userId}/role',
      'post',
      api.http.post(`${user}/role`).set(asAdmin).set('If-Match', '"1"').send({ role: 'agency_head' }),
    );
    // The same role again: a state the command does not apply to.
    await check(
      '/users/{userId}/role',
      'post',
      api.http.post(`${user}/role`).set(asAdmin).send({ role: 'agency_head' }),
    );
    await check(
      '/users/{userId}/deactivate',
      'post',
      api.http.post('/users/khong-co/deactivate').set(asAdmin).send({ reason: 'x' }),
    );

    // Wrong credentials (401), then a login.
    let login: Response | undefined;
    for (const attempt of ['sai', password]) {
      login = await check(
        '/auth/login',
        'post',
        api.http.post('/auth/login').send({ username: 'le.van.c', password: attempt }),
      );
    }
    const refreshed = await check(
      '/auth/refresh',
      'post',
      api.http.post('/auth/refresh').send({ refreshToken: login?.body.refreshToken }),
    );
    const bearer = { Authorization: `Bearer ${refreshed.body.accessToken}` };
    // The fixtures' officer has a token but no account: a 404.
    for (const headers of [bearer, asFinance]) await get('/auth/me', '/auth/me', headers);
    // A wrong current password (403), then the change.
    for (const currentPassword of ['sai', password]) {
      await check(
        '/auth/password',
        'post',
        api.http
          .post('/auth/password')
          .set(bearer)
          .send({ currentPassword, newPassword: 'mật khẩu mới dài' }),
      );
    }
    await check(
      '/auth/logout',
      'post',
      api.http.post('/auth/logout').send({ refreshToken: refreshed.body.refreshToken }),
    );

    expect(answered).toEqual([
      '201 /users',
      '200 /users',
      '200 /users/{userId}',
      '404 /users/{userId}',
      '200 /users/{userId}/role',
      '409 /users/{userId}/role',
      '404 /users/{userId}/deactivate',
      '401 /auth/login',
      '200 /auth/login',
      '200 /auth/refresh',
      '200 /auth/me',
      '404 /auth/me',
      '403 /auth/password',
      '200 /auth/password',
      '204 /auth/logout',
    ]);
    expect(mismatches).toEqual([]);
  });

  it('describes real answers of the read models, health and metrics', async () => {
    const { mismatches, answered, check, get } = answerChecker();
    // Something in every list: an overdue task, reported on, awaiting an extension, escalated
    // and reminded of; a task for every commune; an indicator with a value and a revised target.
    await api.http
      .post('/agencies')
      .set(asAdmin)
      .send({ agencyId: 'phuong-thuan-hoa', name: 'Phường Thuận Hóa', kind: 'commune' })
      .expect(201);
    await givenOverdueTask(api);
    await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({ code: 'III.9', title: 'Hướng dẫn kỹ năng số', allCommunes: true, dueDate: '2026-09-30' })
      .expect(201);
    await api.http.post('/tasks/kh-495-t2/acknowledge').set(asFinance).send({}).expect(200);
    await api.http
      .post('/tasks/kh-495-t2/progress')
      .set(asFinance)
      .send({ summary: 'Đang số hóa', percentComplete: 40 })
      .expect(201);
    await api.http
      .post('/tasks/kh-495-t2/extension-requests')
      .set(asFinance)
      .send({ requestedDueDate: '2026-07-31', reason: 'Chờ dữ liệu dân cư' })
      .expect(201);
    await api.http
      .post('/tasks/kh-495-t2/escalate')
      .set(asStandingOffice)
      .send({ level: 'standing_office', reason: 'Quá hạn' })
      .expect(200);
    await givenInAppReminderOfOverdueTask(api, 'escalation_standing_office');
    await api.http
      .post('/plans/kh-495/indicators')
      .set(asStandingOffice)
      .send({
        indicatorId: 'kh-495-kts-1',
        name: 'Tỷ trọng kinh tế số trong GRDP',
        unit: '%',
        direction: 'at_least',
        responsibleAgencyId: 'so-tai-chinh',
        targets: [{ year: 2026, value: 15 }],
      })
      .expect(201);
    await api.http
      .post('/plans/kh-495/indicators/kh-495-kts-1/values')
      .set(asFinance)
      .send({ period: '2026-Q1', value: 12.5, source: 'Cục Thống kê', asOf: '2026-03-31' })
      .expect(201);
    await api.http
      .post('/plans/kh-495/amendments')
      .set(asStandingOffice)
      .send({
        amendingDocument: { number: '160/KH-UBND', title: 'Kế hoạch sửa đổi', issuedOn: '2026-05-20' },
        summary: 'Cập nhật chỉ tiêu kinh tế số',
        targetRevisions: [{ indicatorId: 'kh-495-kts-1', year: 2026, newValue: 18 }],
      })
      .expect(201);
    // A coordinating agency's part: acknowledged (then refused a second time), reported on.
    await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({
        taskId: 'kh-495-t3',
        title: 'Cung cấp số liệu y tế',
        leadAgencyId: 'so-tai-chinh',
        coordinatingAgencyIds: ['so-y-te'],
        dueDate: '2026-09-30',
      })
      .expect(201);
    const coordinated = '/tasks/kh-495-t3';
    for (let attempt = 0; attempt < 2; attempt++) {
      await check(
        '/tasks/{taskId}/coordination/acknowledge',
        'post',
        api.http.post(`${coordinated}/coordination/acknowledge`).set(asHealth).send({}),
      );
    }
    for (const body of [{}, { reportId: 'yte-1', summary: 'Đã gửi số liệu', percentComplete: 50 }]) {
      await check(
        '/tasks/{taskId}/contributions',
        'post',
        api.http.post(`${coordinated}/contributions`).set(asHealth).send(body),
      );
    }
    await check('/tasks/{taskId}', 'get', api.http.get(coordinated).set(asFinance));
    await projectReadModels(api);

    const tasks = await get('/tasks', '/tasks', asStandingOffice);
    expect(tasks.body.items.some((item: { pendingExtension: unknown }) => item.pendingExtension)).toBe(true);
    const overdue = await get('/dashboard/overdue', '/dashboard/overdue', asStandingOffice);
    expect(overdue.body.items[0]).toMatchObject({
      lastReport: expect.any(Object),
      lastReminder: expect.any(Object),
    });
    const plan = await get('/dashboard/plans/{planId}', '/dashboard/plans/kh-495', asStandingOffice);
    expect(plan.body.groups).toHaveLength(1);
    const scoreboard = await get(
      '/dashboard/indicators',
      '/dashboard/indicators?planId=kh-495&year=2026',
      asStandingOffice,
    );
    expect(scoreboard.body.indicators).toContainEqual(
      expect.objectContaining({ latest: expect.any(Object), revisions: [expect.any(Object)] }),
    );
    const reads: Array<[path: string, url: string, headers?: Record<string, string>]> = [
      ['/tasks', '/tasks?limit=0', asStandingOffice],
      ['/tasks/{taskId}/timeline', '/tasks/kh-495-t2/timeline', asFinance],
      ['/tasks/{taskId}/timeline', '/tasks/khong-co/timeline', asFinance],
      ['/dashboard/agencies', '/dashboard/agencies', asStandingOffice],
      [
        '/dashboard/agency-scoreboard',
        '/dashboard/agency-scoreboard?from=2026-01-01&to=2026-12-31',
        asStandingOffice,
      ],
      [
        '/dashboard/agency-scoreboard',
        '/dashboard/agency-scoreboard?from=2026-12-31&to=2026-01-01',
        asStandingOffice,
      ],
      ['/dashboard/plans/{planId}', '/dashboard/plans/khong-co', asStandingOffice],
      ['/audit', '/audit', asStandingOffice],
      ['/audit', '/audit?format=csv', asStandingOffice],
      ['/audit', '/audit?from=2026-06-03&to=2026-06-01', asStandingOffice],
      ['/health', '/health'],
      ['/metrics', '/metrics'],
    ];
    for (const [path, url, headers] of reads) await get(path, url, headers);
    const notifications = await get('/notifications', '/notifications', asFinance);
    const [first] = notifications.body.items as Array<{ notificationId: string }>;
    await check(
      '/notifications/{notificationId}/read',
      'post',
      api.http
        .post(`/notifications/${encodeURIComponent(first.notificationId)}/read`)
        .set(asFinance)
        .send({}),
    );
    await check(
      '/notifications/{notificationId}/read',
      'post',
      api.http.post('/notifications/khong-co/read').set(asFinance).send({}),
    );
    await check(
      '/notifications/read-all',
      'post',
      api.http.post('/notifications/read-all').set(asFinance).send({}),
    );

    expect(answered).toEqual([
      '200 /tasks/{taskId}/coordination/acknowledge',
      '409 /tasks/{taskId}/coordination/acknowledge',
      '400 /tasks/{taskId}/contributions',
      '201 /tasks/{taskId}/contributions',
      '200 /tasks/{taskId}',
      '200 /tasks',
      '200 /dashboard/overdue',
      '200 /dashboard/plans/{planId}',
      '200 /dashboard/indicators',
      '400 /tasks',
      '200 /tasks/{taskId}/timeline',
      '404 /tasks/{taskId}/timeline',
      '200 /dashboard/agencies',
      '200 /dashboard/agency-scoreboard',
      '400 /dashboard/agency-scoreboard',
      '404 /dashboard/plans/{planId}',
      '200 /audit',
      '200 /audit',
      '400 /audit',
      '200 /health',
      '200 /metrics',
      '200 /notifications',
      '200 /notifications/{notificationId}/read',
      '404 /notifications/{notificationId}/read',
      '200 /notifications/read-all',
    ]);
    expect(mismatches).toEqual([]);
  });
});
