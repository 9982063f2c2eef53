import { JwtService } from '@nestjs/jwt';
import { createHash } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@giaoviec/platform';
import { DEVELOPMENT_JWT_SECRET } from '@giaoviec/config';
import { userStreamId } from '../../domain';
import { PasswordHasher } from '../credentials/password-hasher';
import {
  ADMIN,
  givenAgencies,
  givenUser,
  startIdentityTestApp,
  type IdentityTestApp,
  type TestUser,
} from '../../testing/identity-test-app';

const MAX_FAILED = 3;
const LOCKOUT_MINUTES = 15;

describe('login, lock-out, refresh and logout over HTTP', () => {
  let api: IdentityTestApp;
  let user: TestUser;
  let counter = 0;

  beforeAll(async () => {
    api = await startIdentityTestApp({
      config: {
        LOGIN_MAX_FAILED_ATTEMPTS: String(MAX_FAILED),
        LOGIN_LOCKOUT_MINUTES: String(LOCKOUT_MINUTES),
      },
    });
    await givenAgencies(api);
  });
  beforeEach(async () => {
    user = await givenUser(api, { username: `can.bo.${++counter}` });
  });
  afterAll(() => api.close());

  const login = (username: string, password: string) =>
    api.http.post('/auth/login').send({ username, password });
  const refresh = (refreshToken: string) => api.http.post('/auth/refresh').send({ refreshToken });

  it('issues an access token with the agreed claims and a refresh token stored only as a hash', async () => {
    const response = await login(user.username, user.password).expect(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      user: {
        userId: user.userId,
        displayName: `Cán bộ ${user.username}`,
        agencyId: 'so-tai-chinh',
        agencyName: 'Sở Tài chính',
        role: 'officer',
      },
    });
    const claims = await new JwtService().verifyAsync(response.body.accessToken, {
      secret: DEVELOPMENT_JWT_SECRET,
      algorithms: ['HS256'],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      clockTimestamp: Math.floor(api.clock.now().getTime() / 1000),
    });
    expect(claims).toMatchObject({
      sub: user.userId,
      agency: 'so-tai-chinh',
      role: 'officer',
      typ: 'access',
    });
    expect(claims.iat).toBe(Math.floor(api.clock.now().getTime() / 1000));
    expect(claims.exp - claims.iat).toBe(900);

    const { rows } = await api.db.query('SELECT token_hash, user_id FROM refresh_tokens WHERE user_id = $1', [
      user.userId,
    ]);
    expect(rows).toEqual([
      {
        token_hash: createHash('sha256').update(response.body.refreshToken).digest('hex'),
        user_id: user.userId,
      },
    ]);

    // The token works on the API: the user changes their own password with it.
    await api.http
      .post('/auth/password')
      .set('Authorization', `Bearer ${response.body.accessToken}`)
      .send({ currentPassword: user.password, newPassword: 'một mật khẩu khác hẳn' })
      .expect(200);
  });

  it('ignores the case and the spaces around a username', async () => {
    await login(`  ${user.username.toUpperCase()} `, user.password).expect(200);
  });

  it('answers an unknown username and a wrong password alike, after the same work', async () => {
    const verify = jest.spyOn(api.app.get(PasswordHasher), 'verify');
    try {
      const unknown = await login('khong.co.ai', 'mật khẩu bất kỳ').expect(401);
      expect(verify).toHaveBeenCalledTimes(1);
      const wrong = await login(user.username, 'mật khẩu bất kỳ').expect(401);
      expect(verify).toHaveBeenCalledTimes(2);
      const invalid = await login('NOT A USERNAME!', 'mật khẩu bất kỳ').expect(401);
      expect(verify).toHaveBeenCalledTimes(3);
      expect(wrong.body).toEqual(unknown.body);
      expect(invalid.body).toEqual(unknown.body);
      expect(unknown.body).toMatchObject({ status: 401, rule: 'auth.invalid_credentials' });
      expect(unknown.headers['content-type']).toBe(wrong.headers['content-type']);
    } finally {
      verify.mockRestore();
    }
  });

  it('locks the account after repeated failures, records it, and lets it in again once the lock ends', async () => {
    const failed = await login(user.username, 'sai mật khẩu').expect(401);
    for (let i = 1; i < MAX_FAILED; i++) await login(user.username, 'sai mật khẩu').expect(401);

    // Locked: even the right password gets the very same answer.
    const locked = await login(user.username, user.password).expect(401);
    expect(locked.body).toEqual(failed.body);

    const { events } = await api.store.readStream(userStreamId(user.userId));
    const lockedUntil = new Date(api.clock.now().getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
    expect(events.at(-1)).toMatchObject({
      type: 'UserLockedOut',
      data: { userId: user.userId, failedAttempts: MAX_FAILED, lockedUntil },
      metadata: { actor: { userId: 'system:login', agencyId: 'so-tai-chinh', role: 'system' } },
    });
    const view = await api.http.get(`/users/${user.userId}`).set(api.as(ADMIN)).expect(200);
    expect(view.body.lockedUntil).toBe(lockedUntil);

    // Attempts during the lock neither extend it nor are checked against the password.
    api.clock.set(new Date(api.clock.now().getTime() + (LOCKOUT_MINUTES - 1) * 60_000));
    for (let i = 0; i < MAX_FAILED; i++) await login(user.username, 'sai mật khẩu').expect(401);
    await login(user.username, user.password).expect(401);
    expect((await api.store.readStream(userStreamId(user.userId))).events).toHaveLength(events.length);

    api.clock.set(new Date(Date.parse(lockedUntil) + 1000));
    await login(user.username, user.password).expect(200);
    const unlocked = await api.http.get(`/users/${user.userId}`).set(api.as(ADMIN)).expect(200);
    expect(unlocked.body.lockedUntil).toBeNull();
  });

  it('counts consecutive failures only: a success starts the count again', async () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 1; i < MAX_FAILED; i++) await login(user.username, 'sai mật khẩu').expect(401);
      await login(user.username, user.password).expect(200);
    }
    const { events } = await api.store.readStream(userStreamId(user.userId));
    expect(events.map((e) => e.type)).not.toContain('UserLockedOut');
  });

  it('lets an administrator end a lock-out by resetting the password', async () => {
    for (let i = 0; i < MAX_FAILED; i++) await login(user.username, 'sai mật khẩu').expect(401);
    await api.http
      .post(`/users/${user.userId}/password`)
      .set(api.as(ADMIN))
      .send({ newPassword: 'mật khẩu do quản trị đặt' })
      .expect(200);
    await login(user.username, user.password).expect(401);
    await login(user.username, 'mật khẩu do quản trị đặt').expect(200);
    const { events } = await api.store.readStream(userStreamId(user.userId));
    expect(events.at(-1)).toMatchObject({
      type: 'UserPasswordChanged',
      data: { userId: user.userId, changedBy: 'admin' },
      metadata: { actor: ADMIN },
    });
  });

  it('refuses a deactivated account with the same answer, and takes it back once reactivated', async () => {
    const first = await login(user.username, user.password).expect(200);
    await api.http
      .post(`/users/${user.userId}/deactivate`)
      .set(api.as(ADMIN))
      .send({ reason: 'Chuyển công tác' })
      .expect(200);
    const refused = await login(user.username, user.password).expect(401);
    expect(refused.body.rule).toBe('auth.invalid_credentials');
    // Deactivation ended the session.
    expect((await refresh(first.body.refreshToken).expect(401)).body.rule).toMatch(/^auth\.refresh_token_/);
    await api.http.post(`/users/${user.userId}/reactivate`).set(api.as(ADMIN)).send({}).expect(200);
    await login(user.username, user.password).expect(200);
  });

  it('rotates refresh tokens, and revokes the whole session when a used one comes back', async () => {
    const first = await login(user.username, user.password).expect(200);
    const second = await refresh(first.body.refreshToken).expect(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    expect(second.body.user.userId).toBe(user.userId);
    const third = await refresh(second.body.refreshToken).expect(200);

    const reused = await refresh(first.body.refreshToken).expect(401);
    expect(reused.body).toMatchObject({ status: 401, rule: 'auth.refresh_token_reused' });
    // Whoever held the newest token of that session is logged out too.
    expect((await refresh(third.body.refreshToken).expect(401)).body.rule).toBe('auth.refresh_token_reused');

    // Another session of the same user is not affected.
    const other = await login(user.username, user.password).expect(200);
    await refresh(other.body.refreshToken).expect(200);

    expect((await refresh('not-a-token-we-issued').expect(401)).body.rule).toBe('auth.refresh_token_invalid');
  });

  it('gives the current role and agency at refresh', async () => {
    const first = await login(user.username, user.password).expect(200);
    await api.http
      .post(`/users/${user.userId}/role`)
      .set(api.as(ADMIN))
      .send({ role: 'agency_head' })
      .expect(200);
    const refreshed = await refresh(first.body.refreshToken).expect(200);
    expect(refreshed.body.user.role).toBe('agency_head');
    const claims = new JwtService().decode(refreshed.body.accessToken);
    expect(claims.role).toBe('agency_head');
  });

  it('refuses an expired refresh token', async () => {
    const first = await login(user.username, user.password).expect(200);
    api.clock.advanceDays(7);
    const expired = await refresh(first.body.refreshToken).expect(401);
    expect(expired.body.rule).toBe('auth.refresh_token_expired');
  });

  it('logs out: the refresh token and its session are revoked', async () => {
    const first = await login(user.username, user.password).expect(200);
    const second = await refresh(first.body.refreshToken).expect(200);
    await api.http.post('/auth/logout').send({ refreshToken: second.body.refreshToken }).expect(204);
    await refresh(second.body.refreshToken).expect(401);
    // Logging out twice, or with something we never issued, answers the same.
    await api.http.post('/auth/logout').send({ refreshToken: second.body.refreshToken }).expect(204);
    await api.http.post('/auth/logout').send({ refreshToken: 'không phải token' }).expect(204);
    await api.http.post('/auth/logout').send({}).expect(400);
  });

  describe("changing one's own password", () => {
    const asUser = () => api.as({ userId: user.userId, agencyId: user.agencyId, role: user.role });

    it('needs the current password, keeps the policy, and ends every session', async () => {
      const session = await login(user.username, user.password).expect(200);
      const wrong = await api.http
        .post('/auth/password')
        .set(asUser())
        .send({ currentPassword: 'không đúng đâu', newPassword: 'mật khẩu mới toanh' })
        .expect(403);
      expect(wrong.body.rule).toBe('auth.current_password_wrong');
      const short = await api.http
        .post('/auth/password')
        .set(asUser())
        .send({ currentPassword: user.password, newPassword: 'ngắn' })
        .expect(422);
      expect(short.body.rule).toBe('user.password_too_short');
      const same = await api.http
        .post('/auth/password')
        .set(asUser())
        .send({ currentPassword: user.password, newPassword: user.password })
        .expect(422);
      expect(same.body.rule).toBe('user.password_unchanged');

      await api.http
        .post('/auth/password')
        .set(asUser())
        .send({ currentPassword: user.password, newPassword: 'mật khẩu mới toanh' })
        .expect(200);
      await login(user.username, user.password).expect(401);
      await login(user.username, 'mật khẩu mới toanh').expect(200);
      await refresh(session.body.refreshToken).expect(401);
      const { events } = await api.store.readStream(userStreamId(user.userId));
      expect(events.at(-1)).toMatchObject({
        type: 'UserPasswordChanged',
        data: { userId: user.userId, changedBy: 'self' },
        metadata: { actor: { userId: user.userId, role: 'officer' } },
      });
    });

    it('counts a wrong current password as a failed login', async () => {
      for (let i = 0; i < MAX_FAILED; i++) {
        await api.http
          .post('/auth/password')
          .set(asUser())
          .send({ currentPassword: 'không đúng đâu', newPassword: 'mật khẩu mới toanh' })
          .expect(403);
      }
      const locked = await api.http
        .post('/auth/password')
        .set(asUser())
        .send({ currentPassword: user.password, newPassword: 'mật khẩu mới toanh' })
        .expect(403);
      expect(locked.body).toMatchObject({ rule: 'auth.account_locked', lockedUntil: expect.any(String) });
      await login(user.username, user.password).expect(401);
    });

    it('is refused without a token', async () => {
      await api.http
        .post('/auth/password')
        .send({ currentPassword: user.password, newPassword: 'mật khẩu mới toanh' })
        .expect(401);
    });
  });
});

describe('rate limit of the authentication routes', () => {
  let api: IdentityTestApp;
  beforeAll(async () => {
    api = await startIdentityTestApp({ config: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => api.close());

  it('answers 429 with a problem after the limit, on the auth routes only', async () => {
    for (let i = 0; i < 3; i++) {
      await api.http
        .post('/auth/login')
        .send({ username: 'ai.do', password: 'đoán mò mật khẩu' })
        .expect(401);
    }
    const limited = await api.http
      .post('/auth/login')
      .send({ username: 'ai.do', password: 'đoán mò mật khẩu' })
      .expect(429);
    expect(limited.body).toMatchObject({ status: 429, rule: 'auth.rate_limited' });
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Other routes are not throttled, /auth/me neither (the web application asks it on every load).
    for (let i = 0; i < 5; i++) await api.http.get('/users').set(api.as(ADMIN)).expect(200);
    for (let i = 0; i < 5; i++)
      expect((await api.http.get('/auth/me').set(api.as(ADMIN))).status).not.toBe(429);
  });
});

describe('GET /auth/me', () => {
  let api: IdentityTestApp;
  beforeAll(async () => {
    api = await startIdentityTestApp();
    await givenAgencies(api);
  });
  afterAll(() => api.close());

  it("answers who the bearer is, with the agency's name, as their account says now", async () => {
    const user = await givenUser(api, { username: 'tran.thi.b', userId: 'u-tran-thi-b' });
    const tokens = (
      await api.http
        .post('/auth/login')
        .send({ username: user.username, password: user.password })
        .expect(200)
    ).body;
    const me = await api.http
      .get('/auth/me')
      .set('Authorization', `Bearer ${tokens.accessToken}`)
      .expect(200);
    expect(me.body).toEqual({
      userId: 'u-tran-thi-b',
      displayName: 'Cán bộ tran.thi.b',
      username: 'tran.thi.b',
      role: 'officer',
      agencyId: 'so-tai-chinh',
      agencyName: 'Sở Tài chính',
    });
    expect(tokens.user).toEqual({
      userId: 'u-tran-thi-b',
      displayName: 'Cán bộ tran.thi.b',
      agencyId: 'so-tai-chinh',
      agencyName: 'Sở Tài chính',
      role: 'officer',
    });

    // Renamed and moved: the next answer says so at once, without a new login.
    await api.http
      .post('/agencies/so-y-te/rename')
      .set(api.as(ADMIN))
      .send({ newName: 'Sở Y tế thành phố Huế', effectiveOn: '2026-07-01' })
      .expect(200);
    await api.http
      .post('/users/u-tran-thi-b/agency')
      .set(api.as(ADMIN))
      .send({ agencyId: 'so-y-te' })
      .expect(200);
    const moved = await api.http
      .get('/auth/me')
      .set('Authorization', `Bearer ${tokens.accessToken}`)
      .expect(200);
    expect(moved.body).toMatchObject({ agencyId: 'so-y-te', agencyName: 'Sở Y tế thành phố Huế' });
  });

  it('is refused without a token, and answers 404 for a token naming no user', async () => {
    await api.http.get('/auth/me').expect(401);
    const ghost = await api.http
      .get('/auth/me')
      .set(api.as({ userId: 'u-khong-co', agencyId: 'so-y-te', role: 'officer' }))
      .expect(404);
    expect(ghost.body).toMatchObject({ rule: 'user.not_found' });
  });
});
