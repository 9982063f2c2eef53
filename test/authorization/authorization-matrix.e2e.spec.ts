import { POLICY_ROLES, POLICY_TABLE, type PolicyAction, type PolicyRole } from '@giaoviec/platform';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { actorHeaders, type TestActor } from '../support/access-tokens';
import { SCENARIOS } from './authorization-scenarios';
import { ACTING_AGENCY, AuthorizationWorld, FOREIGN_AGENCY } from './authorization-world';

/**
 * Every role against every action, on a resource of its own agency and of another one,
 * generated from POLICY_TABLE: the answer must be exactly what the table says — success
 * for `any`, success on its own and 403 on a foreign resource for `own`, 403 for `deny`.
 */
const ACTOR_AGENCY: Record<PolicyRole, string> = {
  officer: ACTING_AGENCY,
  agency_head: ACTING_AGENCY,
  standing_office: 'so-khcn',
  leadership: 'ban-chi-dao',
  admin: 'van-phong-ubnd',
};

const actions = Object.keys(POLICY_TABLE) as PolicyAction[];
const cases = actions.flatMap((action) =>
  POLICY_ROLES.flatMap((role) =>
    (['own', 'foreign'] as const).map((scope) => {
      const permission = POLICY_TABLE[action].roles[role];
      const allowed = permission === 'any' || (permission === 'own' && scope === 'own');
      return { action, role, scope, permission, allowed };
    }),
  ),
);

describe('authorization matrix (generated from the policy table)', () => {
  let api: ApiTestApp;
  let world: AuthorizationWorld;

  beforeAll(async () => {
    api = await startApiTestApp();
    world = new AuthorizationWorld(api);
    await world.build();
  });
  afterAll(() => api.close());

  it('has a scenario for every action of the table, so no action goes untested', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual([...actions].sort());
  });

  it.each(cases)(
    '$role → $action on a $scope resource ($permission)',
    async ({ action, role, scope, allowed }) => {
      const scenario = SCENARIOS[action];
      if (!scenario) throw new Error(`No scenario for ${action}`);
      const actor: TestActor = { userId: `u-${role}`, agencyId: ACTOR_AGENCY[role], role };
      const owner = scope === 'own' ? actor.agencyId : FOREIGN_AGENCY;
      const prepared = await scenario(world, owner, actor);
      const request =
        prepared.method === 'GET'
          ? api.http.get(prepared.path)
          : prepared.file
            ? api.http
                .post(prepared.path)
                .set('Content-Type', prepared.file.contentType)
                .set('X-File-Name', encodeURIComponent(prepared.file.fileName))
                .send(prepared.file.bytes)
            : api.http.post(prepared.path).send(prepared.body ?? {});
      const response = await request.set(actorHeaders(actor));
      if (allowed) {
        // On failure, show the problem the API gave rather than just the status.
        expect({
          succeeded: response.status === 200 || response.status === 201,
          body: response.status < 300 ? 'ok' : response.body,
        }).toEqual({
          succeeded: true,
          body: 'ok',
        });
      } else {
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ rule: 'auth.forbidden' });
      }
    },
  );
});
