import { actorHeaders, startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import {
  asFinance,
  asStandingOffice,
  FINANCE_OFFICER,
  givenAssignedTask,
  givenInAppReminderOfOverdueTask,
  givenOverdueTask,
} from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

/** Another officer of Sở Tài chính: shares the agency's notifications, not the officer's own. */
const COLLEAGUE = actorHeaders({ userId: 'u-taichinh-2', agencyId: 'so-tai-chinh', role: 'officer' });

describe('marking in-app notifications read (POST /notifications/{id}/read, /notifications/read-all)', () => {
  let api: ApiTestApp;

  const rebuild = () => projectReadModels(api);
  const list = async (headers: Record<string, string>) =>
    (await api.http.get('/notifications').set(headers).expect(200)).body as {
      total: number;
      unread: number;
      items: Array<{
        notificationId: string;
        kind: string;
        title: string;
        userId: string | null;
        readAt: string | null;
      }>;
    };

  beforeAll(async () => {
    api = await startApiTestApp({ now: '2026-06-01T02:00:00.000Z' });
    await givenAssignedTask(api);
    // A task overdue since 15/05/2026, escalated twice, and the worker's in-app reminder of the second escalation.
    await givenOverdueTask(api);
    for (const level of ['standing_office', 'steering_committee']) {
      await api.http
        .post('/tasks/kh-495-t2/escalate')
        .set(asStandingOffice)
        .send({ level, reason: 'Quá hạn chưa báo cáo' })
        .expect(200);
    }
    await givenInAppReminderOfOverdueTask(api, 'escalation_steering_committee');
    await rebuild();
  });
  afterAll(() => api.close());

  it('names the reminders and escalations in Vietnamese words', async () => {
    const { items } = await list(asFinance);
    // All at the same instant of the test clock: compared as a set. 11 working days from 15/5 to 1/6/2026.
    expect(items.map((item) => item.title).sort()).toEqual(
      [
        'Nhiệm vụ II.2: quá hạn, chuyển Ban Chỉ đạo đôn đốc (hạn 15/05/2026)',
        'Nhiệm vụ II.2 quá hạn 11 ngày làm việc đã được báo cáo lên Ban Chỉ đạo',
        'Nhiệm vụ II.2 quá hạn 11 ngày làm việc đã được báo cáo lên cơ quan thường trực',
        'Đơn vị được giao nhiệm vụ II.1',
        'Đơn vị được giao nhiệm vụ II.2',
      ].sort(),
    );
    expect(items.every((item) => !/escalation_|standing_office|steering_committee/.test(item.title))).toBe(
      true,
    );
    const audit = await api.http.get('/audit?type=ReminderSent').set(asStandingOffice).expect(200);
    expect(audit.body.items[0].summary).toBe(
      'Hệ thống nhắc nhiệm vụ II.2 (quá hạn, chuyển Ban Chỉ đạo đôn đốc, hạn 15/05/2026) qua thông báo trên hệ thống tới 1 người nhận',
    );
  });

  it("marks one read for this user only, keeps the first time, and refuses someone else's with 404", async () => {
    const before = await list(asFinance);
    expect(before).toMatchObject({ total: 5, unread: 5 });
    const agencyWide = before.items.find((item) => item.userId === null)!;
    const own = before.items.find((item) => item.userId === FINANCE_OFFICER.userId)!;

    const marked = await api.http
      .post(`/notifications/${encodeURIComponent(agencyWide.notificationId)}/read`)
      .set(asFinance)
      .expect(200);
    expect(marked.body).toEqual({
      notificationId: agencyWide.notificationId,
      readAt: '2026-06-01T02:00:00.000Z',
      unread: 4,
    });
    api.clock.set(new Date('2026-06-01T03:00:00.000Z'));
    const again = await api.http
      .post(`/notifications/${encodeURIComponent(agencyWide.notificationId)}/read`)
      .set(asFinance)
      .expect(200);
    expect(again.body.readAt).toBe('2026-06-01T02:00:00.000Z');

    const after = await list(asFinance);
    expect(after.unread).toBe(4);
    expect(after.items.find((item) => item.notificationId === agencyWide.notificationId)?.readAt).toBe(
      '2026-06-01T02:00:00.000Z',
    );
    // The colleague shares the agency's notification but has not read it, and never sees the officer's own.
    expect(await list(COLLEAGUE)).toMatchObject({ total: 4, unread: 4 });
    const foreign = await api.http
      .post(`/notifications/${encodeURIComponent(own.notificationId)}/read`)
      .set(COLLEAGUE)
      .expect(404);
    expect(foreign.body).toMatchObject({ rule: 'notification.not_found', status: 404 });
    await api.http.post('/notifications/khong-co/read').set(asFinance).expect(404);
    const ofAnotherAgency = actorHeaders({ userId: 'u-yte', agencyId: 'so-y-te', role: 'officer' });
    await api.http
      .post(`/notifications/${encodeURIComponent(agencyWide.notificationId)}/read`)
      .set(ofAnotherAgency)
      .expect(404);
    expect((await list(asFinance)).unread).toBe(4);
  });

  it('marks all of them read, only for this user, and lists only the unread ones when asked', async () => {
    const all = await api.http.post('/notifications/read-all').set(asFinance).expect(200);
    expect(all.body).toEqual({ marked: 4, unread: 0 });
    expect((await api.http.post('/notifications/read-all').set(asFinance).expect(200)).body).toEqual({
      marked: 0,
      unread: 0,
    });
    const unreadOnly = await api.http.get('/notifications?unreadOnly=true').set(asFinance).expect(200);
    expect(unreadOnly.body).toMatchObject({ total: 0, unread: 0, items: [] });
    expect(await list(COLLEAGUE)).toMatchObject({ unread: 4 });
  });

  it('keeps what was read across a rebuild of the read models', async () => {
    const before = await list(asFinance);
    await rebuild();
    const after = await list(asFinance);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ total: 5, unread: 0 });
    expect(await list(COLLEAGUE)).toMatchObject({ total: 4, unread: 4 });
  });
});
