import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';

/**
 * The web application's client is typed from apps/web/src/api/openapi.d.ts. This test keeps
 * that file equal to what the API's own OpenAPI document generates, so the screens cannot
 * drift from the API: a route or field changed without `npm run web:api-types` fails here.
 * With UPDATE_WEB_API_TYPES=1 (what `npm run web:api-types` sets) it writes the file instead.
 */
const TYPES_FILE = join(__dirname, '../../apps/web/src/api/openapi.d.ts');
const CLI = join(__dirname, '../../node_modules/openapi-typescript/bin/cli.js');

describe('the web client types', () => {
  let api: ApiTestApp;
  beforeAll(async () => {
    api = await startApiTestApp();
  });
  afterAll(async () => api.close());

  it('are generated from the API’s current OpenAPI document', async () => {
    const document = await api.http.get('/docs/openapi.json').expect(200);
    // openapi-typescript's own command line, as its library is ESM-only inside jest.
    const folder = mkdtempSync(join(tmpdir(), 'giaoviec-api-types-'));
    writeFileSync(join(folder, 'openapi.json'), JSON.stringify(document.body));
    execFileSync(process.execPath, [CLI, join(folder, 'openapi.json'), '-o', join(folder, 'openapi.d.ts')], {
      stdio: 'pipe',
    });
    const expected = readFileSync(join(folder, 'openapi.d.ts'), 'utf8');
    if (process.env.UPDATE_WEB_API_TYPES === '1') {
      writeFileSync(TYPES_FILE, expected);
      return;
    }
    const actual = readFileSync(TYPES_FILE, 'utf8');
    if (actual !== expected) {
      throw new Error('apps/web/src/api/openapi.d.ts is out of date with the API: run npm run web:api-types');
    }
  });
});
