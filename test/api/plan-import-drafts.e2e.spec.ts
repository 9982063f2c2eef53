import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

const PLAN_2026_2030 = readFileSync(
  join(__dirname, '../../../shared/seed-documents/002_fb4fbed4847eab39.txt'),
  'utf8',
);

describe('POST /plans/import-drafts: a plan read from its text', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp();
    await givenAssignedTask(api); // registers the agencies the fixtures know (Sở KH&CN, Sở Tài chính...)
    // The draft matches names against the directory read model: let it hold them first.
    await projectReadModels(api);
  });
  afterAll(() => api.close());

  it('answers the draft of the 2026–2030 plan, matched to the directory, and records nothing', async () => {
    const before = (await api.http.get('/plans').set(asStandingOffice).expect(200)).body;
    const { body } = await api.http
      .post('/plans/import-drafts')
      .set(asStandingOffice)
      .send({ text: PLAN_2026_2030 })
      .expect(200);
    expect(body.number).toBeNull();
    expect(body.signer.value).toMatchObject({ name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' });
    expect(body.sections.filter((s: { parentCode: string }) => s.parentCode === 'III')).toHaveLength(9);
    const vi3 = body.tasks.find((t: { code: string }) => t.code === 'VI.3.1');
    expect(vi3.lead).toEqual({
      kind: 'agency',
      agencyId: 'so-tai-chinh',
      name: 'Sở Tài chính',
      text: 'Sở Tài chính',
    });
    // Agencies this database's directory lacks are flagged, not matched to a near name.
    expect(body.agencies).toContainEqual(expect.objectContaining({ kind: 'unknown', text: 'Đại học Huế' }));
    expect((await api.http.get('/plans').set(asStandingOffice).expect(200)).body).toEqual(before);
  });

  it('refuses a text longer than a plan, naming the field', async () => {
    const { body } = await api.http
      .post('/plans/import-drafts')
      .set(asStandingOffice)
      .send({ text: 'x'.repeat(200_001) })
      .expect(400);
    expect(JSON.stringify(body.errors)).toContain('text');
  });
});
