import type { Pool } from 'pg';
import { PG_POOL } from '@giaoviec/platform';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asFinance, asHealth, asStandingOffice, givenJuneUnderWay } from '../support/hue-fixtures';
import { expectAsOfRefusals, givenJuneEndsWithProgress, givenJulyMovesOn } from '../support/june-end-scene';
import { projectReadModels } from '../support/read-models';

/**
 * Issue 14, item 2: every read the Steering Committee reviews, as it stood at the end of a
 * day (?asOf=), from the log. Things done before 30/06/2026 and after it; what the live
 * answers said on the evening of 30/06 is what the as-of answers say afterwards.
 */
describe('the board as it stood at the end of a day (?asOf=)', () => {
  const DAY = '2026-06-30';
  let api: ApiTestApp;
  const at = (instant: string) => api.clock.set(new Date(instant));

  const reads = [
    ['/tasks', asStandingOffice],
    ['/tasks?overdue=true&sort=daysOverdue', asStandingOffice],
    ['/tasks', asFinance],
    ['/dashboard/overdue', asStandingOffice],
    ['/dashboard/agencies', asStandingOffice],
    ['/dashboard/agencies', asFinance],
    ['/dashboard/plans/kh-495', asStandingOffice],
    ['/dashboard/indicators?planId=kh-495', asStandingOffice],
    ['/tasks/kh-495-t1', asStandingOffice],
    ['/tasks/kh-495-t2', asFinance],
  ] as const;
  const withAsOf = (url: string, day: string) => `${url}${url.includes('?') ? '&' : '?'}asOf=${day}`;
  const read = async (url: string, actor: Record<string, string>) =>
    (await api.http.get(url).set(actor).expect(200)).body as Record<string, unknown>;

  beforeAll(async () => {
    api = await startApiTestApp({ now: '2026-06-01T02:00:00.000Z', recordAtClock: true });
  });
  afterAll(() => api.close());

  it('answers for a past day what the live answers were at its end, whatever happened since', async () => {
    // Before the day: assigned, acknowledged, reported on, extended; a KPI value.
    await givenJuneUnderWay(api);
    // The last second of the day still counts.
    at('2026-06-30T16:59:59.000Z');
    await api.http
      .post('/plans/kh-495/indicators/kh-495-cqs-1/values')
      .set(asFinance)
      .send({ period: '2026-Q2', value: 55, source: 'Sở Tài chính', asOf: '2026-06-30' })
      .expect(201);
    await givenJuneEndsWithProgress(api);

    // What the live answers said that evening.
    await projectReadModels(api);
    const then = new Map<string, Record<string, unknown>>();
    for (const [url, actor] of reads) then.set(url + JSON.stringify(actor), await read(url, actor));
    expect((then.get('/tasks' + JSON.stringify(asStandingOffice)) as { total: number }).total).toBe(2);

    // From midnight on (00:00 of 01/07 is the next day): completed, escalated, a new task, a new value.
    await givenJulyMovesOn(api);
    await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({
        taskId: 'kh-495-t3',
        code: 'II.3',
        title: 'Đào tạo cán bộ',
        leadAgencyId: 'so-tai-chinh',
        dueDate: '2026-09-30',
      })
      .expect(201);
    await api.http
      .post('/plans/kh-495/indicators/kh-495-cqs-1/values')
      .set(asFinance)
      .send({ period: '2026-Q3', value: 70, source: 'Sở Tài chính', asOf: '2026-07-14' })
      .expect(201);
    await projectReadModels(api);

    for (const [url, actor] of reads) {
      const live = await read(url, actor);
      const asOf = await read(withAsOf(url, DAY), actor);
      const expected = then.get(url + JSON.stringify(actor));
      expect({ url, ...asOf }).toEqual({ url, ...expected, asOf: DAY });
      // The test could fail: now differs from then.
      expect(live).not.toEqual(expected);
      expect(live.asOf).toBeNull();
    }
    // Overdue then: t2's extended deadline (20/06) had passed by 30/06, so 10 days overdue.
    const overdue = await read(withAsOf('/dashboard/overdue', DAY), asStandingOffice);
    expect(overdue).toMatchObject({
      today: DAY,
      asOf: DAY,
      total: 1,
      items: [{ taskId: 'kh-495-t2', daysOverdue: 10 }],
    });
    // A past answer does not claim the live position.
    const headers = await api.http.get(withAsOf('/tasks', DAY)).set(asStandingOffice).expect(200);
    expect(headers.headers['x-read-model-position']).toBeUndefined();
  });

  it('keeps the access rules: an agency sees only its own tasks, then as now', async () => {
    const health = await read(withAsOf('/tasks', DAY), asHealth);
    expect(health).toMatchObject({ total: 0, asOf: DAY });
    await api.http.get(withAsOf('/tasks?agencyId=so-tai-chinh', DAY)).set(asHealth).expect(403);
  });

  it('answers empty before the first event, and 404 for a task not yet assigned then', async () => {
    expect(await read('/tasks?asOf=2025-12-31', asStandingOffice)).toMatchObject({
      total: 0,
      items: [],
      asOf: '2025-12-31',
    });
    expect(await read('/dashboard/agencies?asOf=2025-12-31', asStandingOffice)).toMatchObject({
      agencies: [],
      asOf: '2025-12-31',
    });
    await api.http.get('/tasks/kh-495-t3?asOf=2026-06-30').set(asStandingOffice).expect(404);
    await api.http.get('/dashboard/plans/kh-495?asOf=2025-12-31').set(asStandingOffice).expect(404);
  });

  it('treats today as live, refuses a day to come in Vietnamese, and a malformed date naming asOf', async () => {
    const today = await read('/tasks?asOf=2026-07-15', asStandingOffice);
    expect(today).toMatchObject({ asOf: null, today: '2026-07-15', total: 3 });
    await expectAsOfRefusals(api, '/dashboard/agencies');
    await api.http.get('/tasks/kh-495-t1?asOf=2026-07-16').set(asStandingOffice).expect(422);
    for (const url of [
      '/tasks?asOf=30/06/2026',
      '/dashboard/overdue?asOf=2026-02-30',
      '/tasks/kh-495-t1?asOf=hom-qua',
    ]) {
      const malformed = await api.http.get(url).set(asStandingOffice).expect(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'asOf' })]);
    }
  });

  it('keeps past days apart from the live generations, which never see them', async () => {
    const pool = api.app.get<Pool>(PG_POOL);
    const { rows: asOf } = await pool.query<{ as_of: string; status: string }>(
      `SELECT to_char(as_of, 'YYYY-MM-DD') AS as_of, status FROM read_models_as_of ORDER BY as_of`,
    );
    expect(asOf).toEqual([
      { as_of: '2025-12-31', status: 'ready' },
      { as_of: '2026-06-30', status: 'ready' },
    ]);
    const { rows: generations } = await pool.query<{ schema_name: string; status: string }>(
      `SELECT schema_name, status FROM read_model_generations WHERE status <> 'retired'`,
    );
    expect(generations).toHaveLength(1);
    expect(generations[0].status).toBe('live');
    expect(generations[0].schema_name).not.toMatch(/asof/);
  });
});
