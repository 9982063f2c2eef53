import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createHmac } from 'node:crypto';
import { FixedClock } from '@giaoviec/kernel';
import { CLOCK, InfrastructureModule } from '@giaoviec/platform';
import {
  ADMIN,
  givenAgencies,
  startIdentityTestApp,
  type IdentityTestApp,
} from '../../../identity/src/testing/identity-test-app';
import { NotificationModule } from './notification.module';
import { NOTIFIER, type Notifier, type ReminderNotice } from './reminder-notice';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';
import { startWebhookSink, type WebhookSink } from './testing/webhook-sink';
import { testAppEnvironment } from '../../../../test/support/test-app-environment';

const SECRET = 'a-webhook-secret-of-at-least-32-characters';

const notice = (overrides: Partial<ReminderNotice> = {}): ReminderNotice => ({
  taskId: 'task-iii-5-2',
  planId: 'kh-495',
  taskCode: 'III.5.2',
  taskTitle: 'Xây dựng cơ sở dữ liệu đất đai',
  leadAgencyId: 'so-tai-chinh',
  leadAgencyName: 'Sở Tài chính',
  kind: 'before_due_7d',
  dueDate: '2026-12-31',
  daysOverdue: 0,
  ...overrides,
});

/**
 * Users registered through the identity handlers (the API's POST /users) on the real
 * PostgreSQL; the notifier runs in a second application on the same schema, as the worker
 * would, against a real SMTP server and a real HTTP subscriber.
 */
describe('ChannelNotifier: e-mail, in-app and signed webhook, to the people the roles say', () => {
  let api: IdentityTestApp;
  let worker: INestApplicationContext;
  let notifier: Notifier;
  let smtp: SmtpSink;
  let hooks: WebhookSink;
  const ids: Record<string, string> = {};

  const register = async (username: string, agencyId: string, role: string, email?: string) => {
    const response = await api.http
      .post('/users')
      .set(api.as(ADMIN))
      .send({
        username,
        displayName: `Cán bộ ${username}`,
        agencyId,
        role,
        password: `Mật khẩu của ${username} 2026`,
        ...(email ? { email } : {}),
      })
      .expect(201);
    ids[username] = response.body.userId;
  };

  beforeAll(async () => {
    [smtp, hooks] = await Promise.all([startSmtpSink(), startWebhookSink()]);
    api = await startIdentityTestApp();
    await givenAgencies(api);
    await register('cv.taichinh', 'so-tai-chinh', 'officer', 'cv.taichinh@hue.gov.vn');
    await register('cv2.taichinh', 'so-tai-chinh', 'officer'); // no address: in-app only
    await register('gd.taichinh', 'so-tai-chinh', 'agency_head', 'gd.taichinh@hue.gov.vn');
    await register('cv.yte', 'so-y-te', 'officer', 'cv.yte@hue.gov.vn');
    await register('thuong.truc', 'van-phong-ubnd', 'standing_office', 'thuongtruc@hue.gov.vn');
    await register('lanh.dao', 'van-phong-ubnd', 'leadership', 'lanhdao@hue.gov.vn');
    await register('quan.tri', 'van-phong-ubnd', 'admin', 'quantri@hue.gov.vn');
    await register('cv.nghi', 'so-tai-chinh', 'officer', 'cv.nghi@hue.gov.vn');
    await api.http
      .post(`/users/${ids['cv.nghi']}/deactivate`)
      .set(api.as(ADMIN))
      .send({ reason: 'Nghỉ hưu' })
      .expect((response) => expect(response.status).toBeLessThan(300));

    const moduleRef = await Test.createTestingModule({
      imports: [
        InfrastructureModule.forRoot({
          ...testAppEnvironment(api.schema),
          SMTP_URL: smtp.url,
          MAIL_FROM: 'Giao việc Huế <no-reply@giaoviec.hue.gov.vn>',
          WEBHOOK_URLS: hooks.url,
          WEBHOOK_SECRET: SECRET,
        }),
        NotificationModule,
      ],
    })
      .overrideProvider(CLOCK)
      .useValue(new FixedClock(new Date('2026-12-24T01:00:00.000Z')))
      .compile();
    worker = await moduleRef.init();
    notifier = worker.get<Notifier>(NOTIFIER);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await Promise.all([smtp?.close(), hooks?.close()]);
  });

  beforeEach(() => {
    smtp.received.length = 0;
    hooks.received.length = 0;
    smtp.refuse(false);
    hooks.answerWith(200);
  });

  it('reminds the lead agency’s officers and head: one e-mail each with a Vietnamese subject, all of them in-app', async () => {
    const report = await notifier.deliver(notice());

    expect(report.channels).toEqual(['in_app', 'email', 'webhook']);
    expect([...report.recipients].sort()).toEqual(
      [ids['cv.taichinh'], ids['cv2.taichinh'], ids['gd.taichinh']].sort(),
    );
    expect(smtp.received.map((mail) => mail.to).sort()).toEqual([
      ['cv.taichinh@hue.gov.vn'],
      ['gd.taichinh@hue.gov.vn'],
    ]);
    for (const mail of smtp.received) {
      expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?/im); // MIME-encoded on the wire
      expect(mail.subject).toBe('[Nhắc việc] Nhiệm vụ III.5.2 đến hạn ngày 31/12/2026');
      expect(mail.from).toBe('no-reply@giaoviec.hue.gov.vn');
      expect(mail.raw).not.toMatch(/cv\.yte|thuongtruc|lanhdao|quantri|cv\.nghi/);
    }
  });

  it('an escalation to the standing office adds its users; to the Steering Committee, leadership too', async () => {
    const standing = await notifier.deliver(
      notice({ kind: 'escalation_standing_office', daysOverdue: 3, escalationLevel: 'standing_office' }),
    );
    expect(standing.recipients).toEqual(expect.arrayContaining([ids['thuong.truc']]));
    expect(standing.recipients).not.toContain(ids['lanh.dao']);
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual([
      'cv.taichinh@hue.gov.vn',
      'gd.taichinh@hue.gov.vn',
      'thuongtruc@hue.gov.vn',
    ]);
    expect(smtp.received[0]!.subject).toBe(
      '[Quá hạn] Nhiệm vụ III.5.2 đã quá hạn 3 ngày làm việc (hạn 31/12/2026)',
    );

    smtp.received.length = 0;
    const steering = await notifier.deliver(
      notice({
        kind: 'escalation_steering_committee',
        daysOverdue: 10,
        escalationLevel: 'steering_committee',
      }),
    );
    expect([...steering.recipients].sort()).toEqual(
      [
        ids['cv.taichinh'],
        ids['cv2.taichinh'],
        ids['gd.taichinh'],
        ids['thuong.truc'],
        ids['lanh.dao'],
      ].sort(),
    );
    expect(smtp.received.map((mail) => mail.to[0])).toContain('lanhdao@hue.gov.vn');
    expect(smtp.received[0]!.subject).toBe(
      '[Báo cáo Ban Chỉ đạo] Nhiệm vụ III.5.2 đã quá hạn 10 ngày làm việc (hạn 31/12/2026)',
    );
  });

  it('signs the webhook: HMAC-SHA256 of the raw body with the shared secret, and a timestamp', async () => {
    await notifier.deliver(notice({ kind: 'due_today' }));

    expect(hooks.received).toHaveLength(1);
    const [hook] = hooks.received;
    const expected = `sha256=${createHmac('sha256', SECRET).update(hook!.body).digest('hex')}`;
    expect(hook!.headers['x-giaoviec-signature']).toBe(expected);
    expect(hook!.headers['x-giaoviec-timestamp']).toBe('2026-12-24T01:00:00.000Z');
    expect(hook!.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(hook!.body)).toEqual({
      id: 'task.reminder:task-iii-5-2:due_today:2026-12-31',
      type: 'task.reminder',
      taskId: 'task-iii-5-2',
      planId: 'kh-495',
      taskCode: 'III.5.2',
      taskTitle: 'Xây dựng cơ sở dữ liệu đất đai',
      leadAgencyId: 'so-tai-chinh',
      leadAgencyName: 'Sở Tài chính',
      kind: 'due_today',
      dueDate: '2026-12-31',
      daysOverdue: 0,
      sentAt: '2026-12-24T01:00:00.000Z',
    });
    // Tampering with the body breaks the signature.
    const forged = `sha256=${createHmac('sha256', SECRET).update(hook!.body.replace('III.5.2', 'III.5.3')).digest('hex')}`;
    expect(forged).not.toBe(expected);
  });

  it('throws when a subscriber answers non-2xx, so the job is retried', async () => {
    hooks.answerWith(500);
    await expect(notifier.deliver(notice())).rejects.toThrow(/failed/);
  });

  it('throws when the SMTP server refuses the messages', async () => {
    smtp.refuse(true);
    await expect(notifier.deliver(notice())).rejects.toThrow(/failed/);
  });

  it('an agency nobody works for reaches nobody, and that is no failure', async () => {
    const report = await notifier.deliver(notice({ leadAgencyId: 'so-khong-ai' }));
    expect(report).toEqual({ channels: ['webhook'], recipients: [] });
    expect(smtp.received).toHaveLength(0);
  });
});
