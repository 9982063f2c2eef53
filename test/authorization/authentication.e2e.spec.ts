import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_JWT_SECRET } from '@giaoviec/config';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@giaoviec/platform';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { accessTokenFor } from '../support/access-tokens';

/** Tokens a client could forge, replay or mangle: each must get a 401, never a 500 or a pass. */
describe('authentication of every request', () => {
  let api: ApiTestApp;
  const officer = { userId: 'u-1', agencyId: 'so-y-te', role: 'officer' };
  const call = (authorization?: string) => {
    const request = api.http.get('/agencies');
    return authorization === undefined ? request : request.set('Authorization', authorization);
  };
  const rawToken = (payload: object, secret = DEVELOPMENT_JWT_SECRET, options: object = {}) =>
    new JwtService({ secret }).sign(payload, {
      algorithm: 'HS256',
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ...options,
    });

  beforeAll(async () => (api = await startApiTestApp({ now: '2026-06-01T02:00:00.000Z' })));
  afterAll(() => api.close());

  it('lets a valid token through', async () => {
    await call(`Bearer ${accessTokenFor(officer)}`).expect(200);
  });

  it.each([
    ['no token', undefined, /Authorization: Bearer/],
    ['an empty bearer', 'Bearer ', /Authorization: Bearer/],
    ['a basic credential', 'Basic dXNlcjpwYXNz', /Authorization: Bearer/],
    ['garbage', 'Bearer not-a-token', /refused/],
  ])('refuses %s', async (_, header, detail) => {
    const response = await call(header).expect(401);
    expect(response.body).toMatchObject({
      status: 401,
      rule: 'auth.unauthenticated',
      detail: expect.stringMatching(detail),
    });
  });

  it('refuses a tampered token (payload changed, signature kept)', async () => {
    const [header, , signature] = accessTokenFor(officer).split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ sub: 'u-1', agency: 'so-y-te', role: 'admin', typ: 'access', exp: 4102444800 }),
    ).toString('base64url');
    await call(`Bearer ${header}.${forgedPayload}.${signature}`).expect(401);
  });

  it('refuses a token signed with another key', async () => {
    await call(
      `Bearer ${accessTokenFor(officer, { secret: 'someone-elses-secret-that-is-long-enough' })}`,
    ).expect(401);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        sub: 'u-1',
        agency: 'so-y-te',
        role: 'admin',
        typ: 'access',
        iss: ACCESS_TOKEN_ISSUER,
        aud: ACCESS_TOKEN_AUDIENCE,
        exp: 4102444800,
      }),
    ).toString('base64url');
    await call(`Bearer ${header}.${payload}.`).expect(401);
  });

  it('refuses an expired token, judged by the injected clock', async () => {
    const token = accessTokenFor(officer, {
      issuedAt: new Date('2026-06-01T01:00:00Z'),
      expiresAt: new Date('2026-06-01T01:59:59Z'),
    });
    const response = await call(`Bearer ${token}`).expect(401);
    expect(response.body.detail).toMatch(/expired/);

    const stillValid = accessTokenFor(officer, {
      issuedAt: new Date('2026-06-01T01:50:00Z'),
      expiresAt: new Date('2026-06-01T02:05:00Z'),
    });
    await call(`Bearer ${stillValid}`).expect(200);
    api.clock.advanceDays(1);
    await call(`Bearer ${stillValid}`).expect(401);
    api.clock.set(new Date('2026-06-01T02:00:00.000Z'));
  });

  it('refuses a token for another audience or from another issuer', async () => {
    const claims = { sub: 'u-1', agency: 'so-y-te', role: 'officer', typ: 'access', exp: 4102444800 };
    await call(`Bearer ${rawToken(claims, DEVELOPMENT_JWT_SECRET, { audience: 'another-api' })}`).expect(401);
    await call(`Bearer ${rawToken(claims, DEVELOPMENT_JWT_SECRET, { issuer: 'someone-else' })}`).expect(401);
  });

  it('refuses a token that does not say who, for which agency and in which role', async () => {
    const exp = 4102444800;
    await call(`Bearer ${rawToken({ sub: 'u-1', role: 'officer', typ: 'access', exp })}`).expect(401);
    await call(
      `Bearer ${rawToken({ sub: 'u-1', agency: 'so-y-te', role: 'emperor', typ: 'access', exp })}`,
    ).expect(401);
    await call(
      `Bearer ${rawToken({ sub: 'u-1', agency: 'so-y-te', role: 'system', typ: 'access', exp })}`,
    ).expect(401);
    await call(
      `Bearer ${rawToken({ sub: 'u-1', agency: 'so-y-te', role: 'officer', typ: 'refresh', exp })}`,
    ).expect(401);
  });

  it('keeps /health and /docs open', async () => {
    await api.http.get('/health').expect(200);
    await api.http.get('/docs/openapi.json').expect(200);
  });
});
