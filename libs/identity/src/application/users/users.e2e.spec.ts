import { userStreamId } from '../../domain';
import {
  ADMIN,
  givenAgencies,
  givenUser,
  startIdentityTestApp,
  type IdentityTestApp,
} from '../../testing/identity-test-app';

describe('user administration over HTTP', () => {
  let api: IdentityTestApp;

  beforeAll(async () => {
    api = await startIdentityTestApp();
    await givenAgencies(api);
  });
  afterAll(() => api.close());

  const register = (body: Record<string, unknown>) =>
    api.http
      .post('/users')
      .set(api.as(ADMIN))
      .send({
        username: 'tran.thi.b',
        displayName: 'Trần Thị B',
        agencyId: 'so-y-te',
        role: 'officer',
        password: 'một mật khẩu dài',
        ...body,
      });

  it('registers a user: UserRegistered by the administrator, credentials apart, no secret in the answer', async () => {
    const response = await register({}).expect(201);
    expect(response.body).toMatchObject({
      userId: expect.any(String),
      username: 'tran.thi.b',
      version: 1,
      replayed: false,
      events: [{ type: 'UserRegistered', eventId: expect.any(String) }],
    });
    expect(JSON.stringify(response.body)).not.toMatch(/mật khẩu|argon2|password/i);

    const { events } = await api.store.readStream(userStreamId(response.body.userId));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'UserRegistered',
      data: {
        userId: response.body.userId,
        username: 'tran.thi.b',
        displayName: 'Trần Thị B',
        agencyId: 'so-y-te',
        role: 'officer',
      },
      metadata: { actor: ADMIN },
    });
    const { rows } = await api.db.query('SELECT * FROM user_credentials WHERE user_id = $1', [
      response.body.userId,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);

    const view = await api.http.get(`/users/${response.body.userId}`).set(api.as(ADMIN)).expect(200);
    expect(view.body).toEqual({
      userId: response.body.userId,
      username: 'tran.thi.b',
      displayName: 'Trần Thị B',
      agencyId: 'so-y-te',
      role: 'officer',
      active: true,
      lockedUntil: null,
      version: 1,
    });
  });

  it('refuses a username another user holds (409 user.username_taken) and a second registration of a user', async () => {
    const taken = await register({ userId: 'u-someone-else' }).expect(409);
    expect(taken.body).toMatchObject({ status: 409, rule: 'user.username_taken' });
    const { events } = await api.store.readStream(userStreamId('u-someone-else'));
    expect(events).toHaveLength(0);

    const first = await register({ userId: 'u-le-van-c', username: 'le.van.c' }).expect(201);
    const again = await register({ userId: 'u-le-van-c', username: 'le.van.c.2' }).expect(409);
    expect(again.body.rule).toBe('user.already_registered');
    expect(first.body.userId).toBe('u-le-van-c');
  });

  it('lets one of two concurrent registrations of a username win', async () => {
    const [a, b] = await Promise.all([
      register({ userId: 'u-race-a', username: 'race' }),
      register({ userId: 'u-race-b', username: 'race' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const winners = (await api.allEvents()).filter(
      (event) => event.type === 'UserRegistered' && (event.data as { username: string }).username === 'race',
    );
    expect(winners).toHaveLength(1);
  });

  it('answers a bad request with 400 naming the field, and a broken rule with 422 naming it', async () => {
    const badUsername = await register({ username: 'Tran Thi B' }).expect(400);
    expect(badUsername.body.errors.map((e: { field: string }) => e.field)).toEqual(['username']);
    const system = await register({ username: 'robot', role: 'system' }).expect(400);
    expect(system.body.errors.map((e: { field: string }) => e.field)).toEqual(['role']);
    const unknownField = await register({ username: 'robot', passwordHash: 'x' }).expect(400);
    expect(unknownField.body.errors.map((e: { field: string }) => e.field)).toEqual(['passwordHash']);

    expect((await register({ username: 'ngan', password: 'ngan123' }).expect(422)).body.rule).toBe(
      'user.password_too_short',
    );
    expect(
      (await register({ username: 'hoang.minh.d', password: 'Hoang.Minh.D' }).expect(422)).body.rule,
    ).toBe('user.password_same_as_username');
    expect((await register({ username: 'khach', agencyId: 'so-khong-co' }).expect(422)).body.rule).toBe(
      'user.agency_unknown',
    );
  });

  it('derives the user id from the username, so a retry without Idempotency-Key names the same user', async () => {
    const first = await register({ username: 'pham.van.e' }).expect(201);
    const again = await register({ username: 'pham.van.e' }).expect(409);
    expect(again.body).toMatchObject({ rule: 'user.already_registered', userId: first.body.userId });
  });

  it('answers a retry with the same Idempotency-Key from the first answer', async () => {
    const send = () => register({ username: 'vo.thi.f' }).set('Idempotency-Key', 'register-vo-thi-f-0001');
    const first = await send().expect(201);
    const retry = await send().expect(201);
    expect(retry.body).toEqual({ ...first.body, replayed: true });
  });

  it('completes a registration whose event was stored but whose credentials were not', async () => {
    // As if the process died between the append and the commit of the credentials.
    const userId = 'u-half-done';
    await api.store.appendToStream(
      userStreamId(userId),
      [
        {
          eventId: '0f6e3a52-5d0b-4b0c-9a3e-1c2d3e4f5a6b',
          type: 'UserRegistered',
          data: {
            userId,
            username: 'half.done',
            displayName: 'Nửa chừng',
            agencyId: 'so-y-te',
            role: 'officer',
          },
          metadata: {
            actor: ADMIN,
            correlationId: 'c',
            causationId: 'c',
            commandId: 'an-earlier-attempt',
            occurredAt: api.clock.now().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      0,
    );
    const completed = await register({
      userId,
      username: 'half.done',
      displayName: 'Nửa chừng',
      password: 'hoàn tất đăng ký',
    }).expect(201);
    expect(completed.body).toMatchObject({ userId, version: 1, replayed: true });
    await api.http
      .post('/auth/login')
      .send({ username: 'half.done', password: 'hoàn tất đăng ký' })
      .expect(200);
    // Only the same registration is completed.
    await register({ userId, username: 'half.done', role: 'admin' }).expect(409);
  });

  it('changes the role and the agency, recording the previous value and who changed it', async () => {
    const user = await givenUser(api, { username: 'nguyen.van.g' });
    await api.http
      .post(`/users/${user.userId}/role`)
      .set(api.as(ADMIN))
      .send({ role: 'agency_head' })
      .expect(200)
      .expect('ETag', '"2"');
    const sameRole = await api.http
      .post(`/users/${user.userId}/role`)
      .set(api.as(ADMIN))
      .send({ role: 'agency_head' })
      .expect(409);
    expect(sameRole.body.rule).toBe('user.role_unchanged');
    const stale = await api.http
      .post(`/users/${user.userId}/agency`)
      .set(api.as(ADMIN))
      .set('If-Match', '"1"')
      .send({ agencyId: 'so-y-te' })
      .expect(409);
    expect(stale.body).toMatchObject({ rule: 'stream.wrong_expected_version', currentVersion: 2 });
    await api.http
      .post(`/users/${user.userId}/agency`)
      .set(api.as(ADMIN))
      .set('If-Match', '"2"')
      .send({ agencyId: 'so-y-te' })
      .expect(200);
    const unknown = await api.http
      .post(`/users/${user.userId}/agency`)
      .set(api.as(ADMIN))
      .send({ agencyId: 'so-khong-co' })
      .expect(422);
    expect(unknown.body.rule).toBe('user.agency_unknown');

    const { events } = await api.store.readStream(userStreamId(user.userId));
    expect(
      events.slice(1).map(({ type, data, metadata }) => ({ type, data, actor: metadata.actor })),
    ).toEqual([
      {
        type: 'UserRoleChanged',
        data: { userId: user.userId, previousRole: 'officer', newRole: 'agency_head' },
        actor: ADMIN,
      },
      {
        type: 'UserMovedToAgency',
        data: { userId: user.userId, previousAgencyId: 'so-tai-chinh', newAgencyId: 'so-y-te' },
        actor: ADMIN,
      },
    ]);
    const view = await api.http.get(`/users/${user.userId}`).set(api.as(ADMIN)).expect(200);
    expect(view.body).toMatchObject({ role: 'agency_head', agencyId: 'so-y-te', version: 3 });
  });

  it('deactivates and reactivates, and refuses changes to a deactivated account', async () => {
    const user = await givenUser(api, { username: 'dang.van.h' });
    await api.http
      .post(`/users/${user.userId}/deactivate`)
      .set(api.as(ADMIN))
      .send({ reason: 'Nghỉ hưu' })
      .expect(200);
    const change = await api.http
      .post(`/users/${user.userId}/role`)
      .set(api.as(ADMIN))
      .send({ role: 'leadership' })
      .expect(409);
    expect(change.body.rule).toBe('user.deactivated');
    const reset = await api.http
      .post(`/users/${user.userId}/password`)
      .set(api.as(ADMIN))
      .send({ newPassword: 'mật khẩu mới tinh' })
      .expect(409);
    expect(reset.body.rule).toBe('user.deactivated');
    const { rows } = await api.db.query('SELECT active FROM user_credentials WHERE user_id = $1', [
      user.userId,
    ]);
    expect(rows[0].active).toBe(false);

    const listed = await api.http.get('/users').set(api.as(ADMIN)).expect(200);
    expect(listed.body.map((u: { userId: string }) => u.userId)).not.toContain(user.userId);
    const all = await api.http.get('/users?includeDeactivated=true').set(api.as(ADMIN)).expect(200);
    expect(all.body.find((u: { userId: string }) => u.userId === user.userId)).toMatchObject({
      active: false,
    });

    await api.http.post(`/users/${user.userId}/reactivate`).set(api.as(ADMIN)).send({}).expect(200);
    const again = await api.http
      .post(`/users/${user.userId}/reactivate`)
      .set(api.as(ADMIN))
      .send({})
      .expect(409);
    expect(again.body.rule).toBe('user.not_deactivated');
    await api.http.post('/auth/login').send({ username: user.username, password: user.password }).expect(200);
  });

  it('does not let administrators take away their own access', async () => {
    const admin = await givenUser(api, { username: 'quan.tri.2', role: 'admin', agencyId: 'van-phong-ubnd' });
    const self = { userId: admin.userId, agencyId: admin.agencyId, role: 'admin' as const };
    const response = await api.http
      .post(`/users/${admin.userId}/deactivate`)
      .set(api.as(self))
      .send({ reason: 'thử' })
      .expect(409);
    expect(response.body.rule).toBe('user.own_access');
  });

  it('lists users filtered by agency and role, and answers 404 for an unknown user', async () => {
    await givenUser(api, { username: 'lanh.dao', role: 'leadership', agencyId: 'van-phong-ubnd' });
    const leaders = await api.http.get('/users?role=leadership').set(api.as(ADMIN)).expect(200);
    expect(leaders.body.map((u: { username: string }) => u.username)).toEqual(['lanh.dao']);
    const office = await api.http.get('/users?agencyId=van-phong-ubnd').set(api.as(ADMIN)).expect(200);
    expect(office.body.every((u: { agencyId: string }) => u.agencyId === 'van-phong-ubnd')).toBe(true);
    for (const user of office.body) expect(Object.keys(user).sort()).not.toContain('passwordHash');
    const head = { userId: 'u-head', agencyId: 'so-y-te', role: 'agency_head' as const };
    const ownAgency = await api.http.get('/users').set(api.as(head)).expect(200);
    expect(ownAgency.body.length).toBeGreaterThan(0);
    expect(ownAgency.body.every((u: { agencyId: string }) => u.agencyId === 'so-y-te')).toBe(true);
    await api.http
      .get('/users')
      .set(api.as({ ...head, role: 'officer' }))
      .expect(403);
    await api.http
      .post('/users')
      .set(api.as({ ...head, role: 'leadership' }))
      .send({})
      .expect(403);
    const missing = await api.http.get('/users/u-nobody').set(api.as(ADMIN)).expect(404);
    expect(missing.body.rule).toBe('user.not_found');
  });
});
