import type { ApiTestApp } from './api-test-app';
import { asFinance, asStandingOffice } from './hue-fixtures';

/**
 * The day the as-of tests look back on, after givenJuneUnderWay: what is done in its last
 * second counts for it; what is done from midnight on does not.
 */
export const JUNE_END = '2026-06-30';

/** The last second of 30/06/2026 in Huế: kh-495-t1 reported on again (60%). */
export async function givenJuneEndsWithProgress(api: ApiTestApp): Promise<void> {
  api.clock.set(new Date('2026-06-30T16:59:59.000Z'));
  await api.http
    .post('/tasks/kh-495-t1/progress')
    .set(asFinance)
    .send({ summary: 'Đã trình dự toán', percentComplete: 60 })
    .expect(201);
}

/** 00:00 of 01/07 in Huế, kh-495-t1 completed; 15/07 (the clock stays there), kh-495-t2 escalated. */
export async function givenJulyMovesOn(api: ApiTestApp): Promise<void> {
  api.clock.set(new Date('2026-06-30T17:00:00.000Z'));
  await api.http
    .post('/tasks/kh-495-t1/complete')
    .set(asFinance)
    .send({ result: 'Đã bố trí kinh phí' })
    .expect(200);
  api.clock.set(new Date('2026-07-15T02:00:00.000Z'));
  await api.http
    .post('/tasks/kh-495-t2/escalate')
    .set(asStandingOffice)
    .send({ level: 'standing_office', reason: 'Quá hạn' })
    .expect(200);
}

/**
 * With the clock on 15/07/2026: `url?asOf=` refuses the next day in Vietnamese (422) and
 * malformed dates naming asOf (400).
 */
export async function expectAsOfRefusals(api: ApiTestApp, url: string): Promise<void> {
  const future = await api.http
    .get(`${url}?asOf=2026-07-16`)
    .set(asStandingOffice)
    .set('Accept-Language', 'vi')
    .expect(422);
  expect(future.body).toMatchObject({
    rule: 'read_models.as_of_in_future',
    asOf: '2026-07-16',
    today: '2026-07-15',
  });
  expect(future.body.detail).toBe(
    'Chưa thể xem số liệu tại cuối ngày 16/07/2026: ngày này chưa kết thúc (hôm nay là 15/07/2026). Hãy chọn một ngày đã qua, hoặc xem số liệu hiện tại.',
  );
  for (const malformed of ['30/06/2026', '2026-02-30', 'hom-qua']) {
    const answer = await api.http.get(`${url}?asOf=${malformed}`).set(asStandingOffice).expect(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'asOf' })]);
  }
}
