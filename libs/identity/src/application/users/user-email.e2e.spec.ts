import { CredentialsRepository } from '../credentials/credentials.repository';
import { userStreamId } from '../../domain';
import {
  ADMIN,
  givenAgencies,
  startIdentityTestApp,
  type IdentityTestApp,
} from '../../testing/identity-test-app';

describe('a user e-mail address for notifications', () => {
  let api: IdentityTestApp;

  beforeAll(async () => {
    api = await startIdentityTestApp();
    await givenAgencies(api);
  });
  afterAll(() => api.close());

  const register = (username: string, body: Record<string, unknown> = {}) =>
    api.http
      .post('/users')
      .set(api.as(ADMIN))
      .send({
        username,
        displayName: 'Lê Văn C',
        agencyId: 'so-y-te',
        role: 'officer',
        password: 'một mật khẩu dài',
        ...body,
      });

  it('keeps the address beside the credentials (lower-cased), never in the user events', async () => {
    const response = await register('le.van.c', { email: 'Le.Van.C@ThuaThienHue.gov.vn' }).expect(201);
    const userId: string = response.body.userId;
    const credentials = api.app.get(CredentialsRepository);

    expect((await credentials.findByUserId(userId))?.email).toBe('le.van.c@thuathienhue.gov.vn');
    expect(await credentials.emailsOf([userId, 'u-nobody'])).toEqual(
      new Map([[userId, 'le.van.c@thuathienhue.gov.vn']]),
    );
    const { events } = await api.store.readStream(userStreamId(userId));
    expect(JSON.stringify(events)).not.toMatch(/thuathienhue/i);
  });

  it('is optional: a user without one has none', async () => {
    const response = await register('le.van.d').expect(201);
    const credentials = api.app.get(CredentialsRepository);
    expect((await credentials.findByUserId(response.body.userId))?.email).toBeNull();
    expect(await credentials.emailsOf([response.body.userId])).toEqual(new Map());
  });

  it('refuses something that is not an address', async () => {
    const response = await register('le.van.e', { email: 'không phải địa chỉ' }).expect(400);
    expect(JSON.stringify(response.body)).toMatch(/email/);
  });
});
