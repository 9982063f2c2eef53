import { actorHeaders, startApiTestApp, type ApiTestApp } from '../support/api-test-app';

describe('health and documentation', () => {
  let api: ApiTestApp;
  beforeAll(async () => (api = await startApiTestApp()));
  afterAll(() => api.close());

  it('reports every component up, without an actor', async () => {
    const response = await api.http.get('/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(Object.keys(response.body.details).sort()).toEqual([
      'eventStore',
      'postgres',
      'projections',
      'redis',
    ]);
    expect(response.body.details.eventStore).toMatchObject({ status: 'up', adapter: 'postgres' });
  });

  it('serves the OpenAPI document and its UI at /docs', async () => {
    const document = await api.http.get('/docs/openapi.json').expect(200);
    // Also where NestJS serves it by default, as older notes name it.
    expect((await api.http.get('/docs-json').expect(200)).body).toEqual(document.body);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/plans',
        '/plans/{planId}/tasks',
        '/tasks/{taskId}/acknowledge',
        '/health',
        '/agencies',
      ]),
    );
    const page = await api.http.get('/docs').expect(200);
    expect(page.text).toMatch(/swagger/i);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await api.http
      .get('/nowhere')
      .set(actorHeaders({ userId: 'u', agencyId: 'a', role: 'officer' }));
    expect(response.status).toBe(404);
    expect(response.body.status).toBe(404);
  });
});
