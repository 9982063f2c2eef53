import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asFinance, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';

/**
 * Deadlines in working days and due dates moved off a day off (issue 14, item 1), over HTTP.
 * The clock stands on Monday 2026-06-01; Plan 495 runs to 2026-12-31.
 */
describe('working-day deadlines over HTTP', () => {
  let api: ApiTestApp;
  const assign = (body: object) =>
    api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .send({ title: 'Rà soát hồ sơ', leadAgencyId: 'so-y-te', ...body });
  const assignedEvent = async (taskId: string) =>
    (await api.http.get(`/tasks/${taskId}/history`).set(asStandingOffice).expect(200)).body.events[0];

  beforeEach(async () => {
    api = await startApiTestApp();
    // Issues Plan 495 and registers its agencies.
    await givenAssignedTask(api);
  });
  afterEach(() => api.close());

  it('resolves "trong 15 ngày làm việc" to a date and records how it was given', async () => {
    await assign({ taskId: 'kh-495-15-ngay', dueInWorkingDays: 15 }).expect(201);
    expect(await assignedEvent('kh-495-15-ngay')).toMatchObject({
      type: 'TaskAssigned',
      data: { dueDate: '2026-06-22', dueDateGiven: { workingDays: 15, from: '2026-06-01' } },
    });
  });

  it('moves a due date on Quốc khánh to the next working day when asked', async () => {
    await assign({
      taskId: 'kh-495-quoc-khanh',
      dueDate: '2026-09-02',
      dueDateRollsToNextWorkingDay: true,
    }).expect(201);
    expect((await assignedEvent('kh-495-quoc-khanh')).data).toMatchObject({
      dueDate: '2026-09-03',
      dueDateRolledFrom: '2026-09-02',
    });
  });

  it('names the field when the deadline is given twice or badly', async () => {
    const twice = await assign({ dueDate: '2026-07-01', dueInWorkingDays: 5 }).expect(400);
    expect(twice.body.errors.map((e: { field: string }) => e.field)).toEqual(['dueInWorkingDays']);
    const zero = await assign({ dueInWorkingDays: 0 }).expect(400);
    expect(zero.body.errors.map((e: { field: string }) => e.field)).toEqual(['dueInWorkingDays']);
    const flag = await assign({ dueDate: '2026-07-01', dueDateRollsToNextWorkingDay: 'yes' }).expect(400);
    expect(flag.body.errors.map((e: { field: string }) => e.field)).toEqual(['dueDateRollsToNextWorkingDay']);
  });

  it('shows a deadline in working days before it is given, with the holidays it passes over', async () => {
    // From Monday 24/08/2026, 10 working days pass over Quốc khánh (29/8–2/9, with 31/8 swapped).
    const deadline = await api.http
      .get('/calendar/deadline?workingDays=10&from=2026-08-24')
      .set(asFinance)
      .expect(200);
    expect(deadline.body).toEqual({
      from: '2026-08-24',
      workingDays: 10,
      dueDate: '2026-09-10',
      holidaysPassed: [
        { date: '2026-08-31', kind: 'day_off', name: expect.any(String) },
        { date: '2026-09-01', kind: 'holiday', name: expect.stringContaining('Quốc khánh') },
        { date: '2026-09-02', kind: 'holiday', name: expect.stringContaining('Quốc khánh') },
      ],
      weekendDaysPassed: 4,
    });
    // Today (Monday 01/06/2026) when no day is given: the same date the assignment records.
    const fromToday = await api.http
      .get('/calendar/deadline?workingDays=15')
      .set(asStandingOffice)
      .expect(200);
    expect(fromToday.body).toMatchObject({ from: '2026-06-01', dueDate: '2026-06-22' });
  });

  it('tells whether a day is worked and where a deadline on it rolls to', async () => {
    const tet = await api.http.get('/calendar/day?date=2026-02-17').set(asFinance).expect(200);
    expect(tet.body).toEqual({
      date: '2026-02-17',
      workingDay: false,
      dayOff: { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán Bính Ngọ' },
      makeUpFor: null,
      nextWorkingDay: '2026-02-23',
    });
    const makeUp = await api.http.get('/calendar/day?date=2026-01-10').set(asFinance).expect(200);
    expect(makeUp.body).toMatchObject({
      workingDay: true,
      dayOff: null,
      makeUpFor: 'Làm bù cho thứ Sáu 02/01/2026',
    });
  });

  it('refuses what it cannot answer, naming why', async () => {
    const unannounced = await api.http
      .get('/calendar/deadline?workingDays=10&from=2027-02-01')
      .set(asStandingOffice)
      .expect(422);
    expect(unannounced.body.rule).toBe('calendar.not_announced');
    const badCount = await api.http.get('/calendar/deadline?workingDays=0').set(asStandingOffice).expect(400);
    expect(badCount.body.errors.map((e: { field: string }) => e.field)).toEqual(['workingDays']);
    const badDay = await api.http.get('/calendar/day?date=2026-02-30').set(asStandingOffice).expect(400);
    expect(badDay.body.errors.map((e: { field: string }) => e.field)).toEqual(['date']);
    await api.http.get('/calendar/day?date=2026-02-17').expect(401);
  });
});
