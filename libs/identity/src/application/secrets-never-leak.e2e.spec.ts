import type { Response } from 'supertest';
import {
  ADMIN,
  givenAgencies,
  startIdentityTestApp,
  type IdentityTestApp,
} from '../testing/identity-test-app';

/**
 * Registers users, logs in (right and wrong), locks an account out, changes and resets
 * passwords, refreshes and logs out — then searches everything the system wrote or said
 * for the passwords and their hashes: every event (data and metadata), every response
 * (body and headers), every stored idempotent answer, and every line logged at trace level.
 */
describe('passwords and their hashes never leave the credentials table', () => {
  let api: IdentityTestApp;
  let logged = '';
  const answers: string[] = [];

  beforeAll(async () => {
    api = await startIdentityTestApp({
      config: { LOG_LEVEL: 'trace', LOGIN_MAX_FAILED_ATTEMPTS: '3' },
      // pino writes to process.stdout when its write has been replaced: capture before the logger is built.
      beforeCompile: () => {
        jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
          logged += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
          return true;
        });
      },
    });
    await givenAgencies(api);
  });
  afterAll(async () => {
    await api.close();
    jest.restoreAllMocks();
  });

  async function record(request: PromiseLike<Response>): Promise<Response> {
    const response = await request;
    answers.push(`${response.status} ${JSON.stringify(response.headers)}\n${response.text}`);
    return response;
  }

  it('finds none of them in events, responses or logs', async () => {
    const passwords = {
      lan: 'Lan-mật-khẩu-ban-đầu-01',
      minh: 'Minh initial passphrase 02',
      hoa: 'hoa.khong.lo.dau.03',
      minhNew: 'Minh chose this himself 04',
      hoaReset: 'Quản trị đặt lại cho Hoa 05',
      wrong: 'đoán-sai-mật-khẩu-06',
      tooShort: 'ngan-07',
    };
    const register = (username: string, password: string, key?: string) => {
      const request = api.http
        .post('/users')
        .set(api.as(ADMIN))
        .send({ username, displayName: username, agencyId: 'so-tai-chinh', role: 'officer', password });
      return record(key ? request.set('Idempotency-Key', key) : request);
    };
    const login = (username: string, password: string) =>
      record(api.http.post('/auth/login').send({ username, password }));

    const lan = (await register('lan', passwords.lan, 'register-lan-0001')).body.userId as string;
    expect((await register('lan', passwords.lan, 'register-lan-0001')).status).toBe(201);
    const minh = (await register('minh', passwords.minh)).body.userId as string;
    const hoa = (await register('hoa', passwords.hoa)).body.userId as string;
    expect((await register('ngan', passwords.tooShort)).status).toBe(422);
    expect((await register('lan', passwords.lan)).status).toBe(409);
    expect((await register('x', 'y'.repeat(2000))).status).toBe(400);

    const tokens: string[] = [];
    for (const [username, password] of [
      ['lan', passwords.lan],
      ['minh', passwords.minh],
      ['hoa', passwords.hoa],
    ]) {
      const session = await login(username, password);
      expect(session.status).toBe(200);
      tokens.push(session.body.accessToken, session.body.refreshToken);
    }
    // Lan is locked out: UserLockedOut is recorded.
    for (let i = 0; i < 3; i++) expect((await login('lan', passwords.wrong)).status).toBe(401);
    expect((await login('khong.co', passwords.wrong)).status).toBe(401);

    const asMinh = api.as({ userId: minh, agencyId: 'so-tai-chinh', role: 'officer' });
    const changed = await record(
      api.http
        .post('/auth/password')
        .set(asMinh)
        .send({ currentPassword: passwords.minh, newPassword: passwords.minhNew }),
    );
    expect(changed.status).toBe(200);
    const wrongCurrent = await record(
      api.http
        .post('/auth/password')
        .set(asMinh)
        .send({ currentPassword: passwords.wrong, newPassword: passwords.minhNew }),
    );
    expect(wrongCurrent.status).toBe(403);
    const reset = await record(
      api.http.post(`/users/${hoa}/password`).set(api.as(ADMIN)).send({ newPassword: passwords.hoaReset }),
    );
    expect(reset.status).toBe(200);

    const minhAgain = await login('minh', passwords.minhNew);
    const hoaAgain = await login('hoa', passwords.hoaReset);
    expect([minhAgain.status, hoaAgain.status]).toEqual([200, 200]);
    const rotated = await record(
      api.http.post('/auth/refresh').send({ refreshToken: minhAgain.body.refreshToken }),
    );
    expect(rotated.status).toBe(200);
    tokens.push(minhAgain.body.refreshToken, hoaAgain.body.refreshToken, rotated.body.refreshToken);
    expect(
      (await record(api.http.post('/auth/logout').send({ refreshToken: rotated.body.refreshToken }))).status,
    ).toBe(204);
    await record(api.http.get('/users?includeDeactivated=true').set(api.as(ADMIN)));
    await record(api.http.get(`/users/${lan}`).set(api.as(ADMIN)));

    // What there is to search.
    const events = await api.allEvents();
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['UserRegistered', 'UserLockedOut', 'UserPasswordChanged']),
    );
    const eventText = JSON.stringify(events.map(({ type, data, metadata }) => ({ type, data, metadata })));
    const responseText = answers.join('\n');
    const { rows: stored } = await api.db.query<{ response_body: unknown; request_hash: string }>(
      'SELECT response_body, request_hash FROM idempotency_keys',
    );
    const storedAnswers = JSON.stringify(stored.map((row) => row.response_body));
    const { rows: credentials } = await api.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM user_credentials',
    );
    expect(credentials).toHaveLength(3);
    expect(logged).toContain('/auth/login'); // the capture works: requests were logged
    expect(responseText).toContain('accessToken');

    const secrets = [...Object.values(passwords), ...credentials.map((row) => row.password_hash), '$argon2'];
    for (const [name, text] of [
      ['events', eventText],
      ['responses', responseText],
      ['stored idempotent answers', storedAnswers],
      ['logs', logged],
    ]) {
      for (const secret of secrets) {
        if (text.includes(secret)) throw new Error(`${name} contain the secret ${secret.slice(0, 12)}…`);
      }
    }
    // Tokens are secrets too, in everything but the answer that hands them out.
    for (const [name, text] of [
      ['events', eventText],
      ['logs', logged],
    ]) {
      for (const token of tokens) {
        if (text.includes(token)) throw new Error(`${name} contain a token`);
      }
    }
    expect(lan).toEqual(expect.any(String));
  });
});
