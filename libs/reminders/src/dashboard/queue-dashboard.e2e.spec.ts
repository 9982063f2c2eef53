import { accessTokenFor, actorHeaders } from '../../../../test/support/access-tokens';
import { startApiTestApp, type ApiTestApp } from '../../../../test/support/api-test-app';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { TEST_REDIS_URL } from '../../../../test/support/test-database-url';
import { DIGEST_QUEUE } from '../digest/digest.queue';

const ADMIN = { userId: 'u-admin', agencyId: 'van-phong-ubnd', role: 'admin' };
const OFFICER = { userId: 'u-officer', agencyId: 'so-y-te', role: 'officer' };
const STANDING_OFFICE = { userId: 'u-standing', agencyId: 'so-khcn', role: 'standing_office' };

/** The bull-board dashboard mounted in the real API: its own guard, since the API's guards never see it. */
describe('the queue dashboard at /queues, behind the admin role', () => {
  let api: ApiTestApp;
  // The worker's prefix, of this suite's own: the dashboard must open the queues under it.
  const queuePrefix = `dash-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    api = await startApiTestApp({ queuePrefix });
  });
  afterAll(async () => {
    await api.close();
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${queuePrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('401 without a token, with a forged one, or with an expired one', async () => {
    const missing = await api.http.get('/queues').expect(401);
    expect(missing.body).toMatchObject({ rule: 'auth.unauthenticated', status: 401 });

    const forged = accessTokenFor(ADMIN, { secret: 'not-the-secret-of-this-api-at-all-123456' });
    await api.http.get('/queues').set('Authorization', `Bearer ${forged}`).expect(401);

    const expired = accessTokenFor(ADMIN, { expiresAt: new Date('2026-05-31T00:00:00Z') }); // the clock says 1 June
    const response = await api.http.get('/queues').set('Authorization', `Bearer ${expired}`).expect(401);
    expect(response.body.detail).toMatch(/expired/);
    // The dashboard's API and assets are behind the same guard.
    await api.http.get('/queues/api/queues').expect(401);
  });

  it('403 for every other role', async () => {
    for (const actor of [OFFICER, STANDING_OFFICE]) {
      const response = await api.http.get('/queues').set(actorHeaders(actor)).expect(403);
      expect(response.body).toMatchObject({ rule: 'auth.forbidden', action: 'operations.queue_dashboard' });
      await api.http.get('/queues/api/queues').set(actorHeaders(actor)).expect(403);
    }
  });

  it('200 for an administrator: the page, and the queues through its API', async () => {
    const page = await api.http.get('/queues').set(actorHeaders(ADMIN)).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);

    const queues = await api.http.get('/queues/api/queues').set(actorHeaders(ADMIN)).expect(200);
    expect(queues.body.queues.map((queue: { name: string }) => queue.name)).toContain(DIGEST_QUEUE);
  });

  it('shows the jobs the worker scheduled, under the prefix the worker uses', async () => {
    const digest = new Queue(DIGEST_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: queuePrefix });
    try {
      await digest.add('reminder-like', { taskId: 'III.1.1' }, { delay: 86_400_000 });
    } finally {
      await digest.close();
    }
    const queues = await api.http.get('/queues/api/queues').set(actorHeaders(ADMIN)).expect(200);
    const shown = queues.body.queues.find((queue: { name: string }) => queue.name === DIGEST_QUEUE);
    expect(shown.counts.delayed).toBe(1);
  });

  describe('from a browser, with the cookie the web application asks for', () => {
    const cookieOf = (response: { headers: Record<string, unknown> }) => {
      const cookies = response.headers['set-cookie'] as string[] | undefined;
      return cookies?.find((cookie) => cookie.startsWith('giaoviec_queues='));
    };

    it('gives an administrator an HttpOnly, SameSite=Strict cookie for /queues only, which opens the page and its API', async () => {
      const answer = await api.http
        .post('/operations/queue-dashboard-session')
        .set(actorHeaders(ADMIN))
        .expect(204);
      const cookie = cookieOf(answer)!;
      expect(cookie).toMatch(/Path=\/queues/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Max-Age=\d+/);
      const pair = cookie.split(';')[0];

      const page = await api.http.get('/queues').set('Cookie', pair).set('Accept', 'text/html').expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      const queues = await api.http.get('/queues/api/queues').set('Cookie', pair).expect(200);
      expect(queues.body.queues.map((queue: { name: string }) => queue.name)).toContain(DIGEST_QUEUE);
      // Its own audience: the cookie's token is no access token for the rest of the API.
      const token = decodeURIComponent(pair.split('=')[1]);
      await api.http.get('/tasks').set('Authorization', `Bearer ${token}`).expect(401);
    });

    it('refuses the cookie to every other role, and takes no access token for one', async () => {
      for (const actor of [OFFICER, STANDING_OFFICE]) {
        await api.http.post('/operations/queue-dashboard-session').set(actorHeaders(actor)).expect(403);
      }
      await api.http.post('/operations/queue-dashboard-session').expect(401);
      // An access token is not a dashboard cookie (another audience).
      const accessToken = accessTokenFor(ADMIN);
      await api.http.get('/queues/api/queues').set('Cookie', `giaoviec_queues=${accessToken}`).expect(401);
    });

    it('sends a browser without the cookie to the web screen that opens the dashboard, API clients get a 401', async () => {
      const page = await api.http
        .get('/queues')
        .set('Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')
        .expect(303);
      expect(page.headers.location).toBe('/quan-tri/hang-doi?mo=1');
      await api.http.get('/queues/api/queues').set('Accept', 'text/html').expect(401);
      await api.http.get('/queues').set('Accept', 'application/json').expect(401);
    });

    it('clears the cookie on logout, with the same path', async () => {
      const answer = await api.http.delete('/operations/queue-dashboard-session').expect(204);
      const cookie = cookieOf(answer)!;
      expect(cookie).toMatch(/giaoviec_queues=;/);
      expect(cookie).toMatch(/Path=\/queues/);
      expect(cookie).toMatch(/Expires=Thu, 01 Jan 1970/);
    });
  });
});
