import { Logger } from '@nestjs/common';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorHeaders, startApiTestApp, type ApiTestApp } from '../support/api-test-app';

/** What a browser sends when it opens a page. */
const BROWSER_PAGE = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const INDEX = '<!doctype html><html lang="vi"><body><div id="root">giaoviec web</div></body></html>';

describe('the web application served by the API (WEB_ROOT)', () => {
  let api: ApiTestApp;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'giaoviec-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'x.js'), 'console.log("giaoviec");');
    api = await startApiTestApp({ environment: { WEB_ROOT: root } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers / and the deep links of the web application with index.html, revalidated on every load', async () => {
    for (const path of ['/', '/nhiem-vu/III.1.1', '/viec-cua-don-vi', '/index.html']) {
      const response = await api.http.get(path).set('Accept', BROWSER_PAGE);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the files of assets/ with a year-long immutable cache', async () => {
    const response = await api.http.get('/assets/x.js').expect(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.text).toBe('console.log("giaoviec");');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps every API route as it was, whatever the client accepts', async () => {
    for (const accept of [BROWSER_PAGE, 'application/json']) {
      const tasks = await api.http.get('/tasks').set('Accept', accept);
      expect(tasks.status).toBe(401);
      expect(tasks.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(tasks.body.rule).toBe('auth.unauthenticated');
    }
    await api.http.get('/health').set('Accept', BROWSER_PAGE).expect(200);
    await api.http.get('/metrics').set('Accept', BROWSER_PAGE).expect(200);
    expect((await api.http.get('/docs').set('Accept', BROWSER_PAGE).expect(200)).text).toMatch(/swagger/i);
    await api.http.get('/docs/openapi.json').expect(200);
    // The queue dashboard sends a browser without its cookie to the web screen that opens it.
    const queues = await api.http.get('/queues').set('Accept', BROWSER_PAGE);
    expect([queues.status, queues.headers.location]).toEqual([303, '/quan-tri/hang-doi?mo=1']);
    for (const path of ['/auth/login', '/users', '/agencies', '/plans', '/dashboard/agencies', '/audit']) {
      const response = await api.http.get(path).set('Accept', BROWSER_PAGE);
      expect({ path, type: response.headers['content-type'] }).toEqual({
        path,
        type: expect.stringMatching(/^application\/(problem\+)?json/),
      });
    }
    const officer = actorHeaders({ userId: 'u-1', agencyId: 'so-tai-chinh', role: 'officer' });
    const notifications = await api.http.get('/notifications').set(officer).set('Accept', BROWSER_PAGE);
    expect(notifications.status).toBe(200);
    expect(notifications.body).toMatchObject({ total: 0, items: [] });
  });

  it('answers an unknown path with the 404 problem when JSON is asked for, under an API route, or in assets/', async () => {
    const cases: Array<[string, string]> = [
      ['/nowhere', 'application/json'],
      ['/nhiem-vu/III.1.1', 'application/json'],
      ['/tasks/t-1/nowhere/else', BROWSER_PAGE],
      ['/dashboard/nowhere', BROWSER_PAGE],
      ['/assets/missing.js', BROWSER_PAGE],
    ];
    for (const [path, accept] of cases) {
      const response = await api.http.get(path).set('Accept', accept);
      expect({ path, accept, status: response.status }).toEqual({ path, accept, status: 404 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 404, type: 'urn:giaoviec:problem:http.404' });
    }
    const noAccept = await api.http.get('/nowhere');
    expect(noAccept.status).toBe(404);
    expect(noAccept.body.status).toBe(404);
    expect((await api.http.post('/nhiem-vu/III.1.1').set('Accept', BROWSER_PAGE)).status).toBe(404);
  });
});

describe('the API without a web build', () => {
  let api: ApiTestApp;
  let warnings: string[];
  let root: string;

  beforeAll(async () => {
    root = join(tmpdir(), `giaoviec-web-missing-${process.pid}`);
    warnings = [];
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
    try {
      api = await startApiTestApp({ environment: { WEB_ROOT: root } });
    } finally {
      warn.mockRestore();
    }
  });
  afterAll(() => api.close());

  it('starts, says in its log how to build the web application, and answers other paths with the 404 problem', async () => {
    expect(warnings.some((line) => line.includes('npm run build:web') && line.includes(root))).toBe(true);
    for (const path of ['/', '/nhiem-vu/III.1.1', '/assets/x.js']) {
      const response = await api.http.get(path).set('Accept', BROWSER_PAGE);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    await api.http.get('/health').expect(200);
  });
});
