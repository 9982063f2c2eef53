import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asFinance, asHealth, asStandingOffice, givenJuneUnderWay } from '../support/hue-fixtures';
import {
  JUNE_END as DAY,
  expectAsOfRefusals,
  givenJuneEndsWithProgress,
  givenJulyMovesOn,
} from '../support/june-end-scene';
import { projectReadModels } from '../support/read-models';

/**
 * Issue 14, item 2: one task's page as it stood at the end of a day. Its history (the
 * stream) and its timeline (the trail in words) for 30/06/2026 say afterwards what they
 * said on the evening of 30/06, whatever was done to the task since.
 */
describe("a task's history and timeline as they stood at the end of a day (?asOf=)", () => {
  let api: ApiTestApp;
  const reads = [
    ['/tasks/kh-495-t1/history', asStandingOffice],
    ['/tasks/kh-495-t1/timeline', asStandingOffice],
    ['/tasks/kh-495-t1/timeline', asFinance],
    ['/tasks/kh-495-t2/history', asFinance],
    ['/tasks/kh-495-t2/timeline', asStandingOffice],
  ] as const;
  const read = async (url: string, actor: Record<string, string>) =>
    (await api.http.get(url).set(actor).expect(200)).body as Record<string, unknown>;
  const typesOf = (answer: Record<string, unknown>) =>
    ((answer.events ?? answer.items) as { type: string }[]).map((event) => event.type);

  beforeAll(async () => {
    api = await startApiTestApp({ now: '2026-06-01T02:00:00.000Z', recordAtClock: true });
  });
  afterAll(() => api.close());

  it('answers for a past day what the live answers were at its end, whatever happened since', async () => {
    await givenJuneUnderWay(api);
    await givenJuneEndsWithProgress(api);
    await projectReadModels(api);
    const then = new Map<string, Record<string, unknown>>();
    for (const [url, actor] of reads) then.set(url + JSON.stringify(actor), await read(url, actor));

    // From midnight on (00:00 of 01/07 in Huế): completed, escalated, commented on.
    await givenJulyMovesOn(api);
    await api.http
      .post('/tasks/kh-495-t1/comments')
      .set(asStandingOffice)
      .send({ text: 'Đề nghị gửi kèm quyết định giao dự toán' })
      .expect(201);
    await projectReadModels(api);

    for (const [url, actor] of reads) {
      const expected = then.get(url + JSON.stringify(actor))!;
      const asOf = await read(`${url}?asOf=${DAY}`, actor);
      expect({ url, ...asOf }).toEqual({ url, ...expected, asOf: DAY });
      // The test could fail: now differs from then.
      const live = await read(url, actor);
      expect(typesOf(live).length).toBeGreaterThan(typesOf(expected).length);
      expect(live.asOf).toBeNull();
    }
    const history = await read(`/tasks/kh-495-t1/history?asOf=${DAY}`, asStandingOffice);
    expect(typesOf(history)).not.toContain('TaskCompleted');
    expect(typesOf(history).at(-1)).toBe('ProgressReported');
    // The history's version is the task's version that day, as GET /tasks/{taskId}?asOf= says.
    const task = await read(`/tasks/kh-495-t1?asOf=${DAY}`, asStandingOffice);
    expect(history.version).toBe(task.version);
    expect(task.status).not.toBe('completed');
  });

  it('pages a past day by the cursor without reaching past its end', async () => {
    const first = await read(`/tasks/kh-495-t1/timeline?asOf=${DAY}&limit=2`, asStandingOffice);
    expect(first.nextCursor).toEqual(expect.any(String));
    const rest = await read(
      `/tasks/kh-495-t1/timeline?asOf=${DAY}&limit=100&cursor=${String(first.nextCursor)}`,
      asStandingOffice,
    );
    const whole = await read(`/tasks/kh-495-t1/timeline?asOf=${DAY}&limit=100`, asStandingOffice);
    expect([...typesOf(first), ...typesOf(rest)]).toEqual(typesOf(whole));
    expect(typesOf(rest)).not.toContain('TaskCompleted');
  });

  it('answers 404 for a task not assigned by then, and keeps who may read a task', async () => {
    for (const url of ['/tasks/kh-495-t1/history', '/tasks/kh-495-t1/timeline']) {
      const before = await api.http.get(`${url}?asOf=2026-05-31`).set(asStandingOffice).expect(404);
      expect(before.body).toMatchObject({ rule: 'task.not_found' });
      await api.http.get(`${url}?asOf=${DAY}`).set(asHealth).expect(403);
    }
  });

  it('treats today as live, refuses a day to come in Vietnamese, and a malformed date naming asOf', async () => {
    const today = await read('/tasks/kh-495-t1/history?asOf=2026-07-15', asStandingOffice);
    expect(today.asOf).toBeNull();
    expect(typesOf(today)).toContain('TaskCompleted');
    await expectAsOfRefusals(api, '/tasks/kh-495-t1/history');
    await expectAsOfRefusals(api, '/tasks/kh-495-t1/timeline');
  });
});
