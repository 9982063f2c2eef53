import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@giaoviec/kernel';
import { CLOCK, PG_POOL } from '@giaoviec/platform';
import { DecisionNoticeFeed, decisionNoticeJobId, QUEUES } from '@giaoviec/reminders';
import { dropReadModelSchemas } from '@giaoviec/reporting';
import type { Pool } from 'pg';
import { taskStreamId, type TaskAssignedData } from '@giaoviec/tasks';
import {
  givenAgencies,
  givenUser,
  startIdentityTestApp,
  type IdentityTestApp,
} from '../../../../libs/identity/src/testing/identity-test-app';
import * as outbox from '../../../../libs/reminders/src/decisions/decision-outbox';
import { startSmtpSink, type SmtpSink } from '../../../../libs/reminders/src/notification/testing/smtp-sink';
import {
  startWebhookSink,
  type WebhookSink,
} from '../../../../libs/reminders/src/notification/testing/webhook-sink';
import { eventually } from '../../../../libs/reporting/src/projection/testing/projection-test-world';
import { testAppEnvironment } from '../../../../test/support/test-app-environment';
import { TEST_REDIS_URL } from '../../../../test/support/test-database-url';
import { WorkerModule } from '../worker.module';

const SECRET = 'a-webhook-secret-of-at-least-32-characters';

/** The text of a quoted-printable message as a person reads it (soft breaks joined, bytes decoded). */
function readable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

/**
 * The real worker (WorkerModule) on a schema of its own, against a real SMTP listener and a
 * real HTTP subscriber; users registered through the identity API (POST /users), events
 * appended to the real PostgreSQL event store as the task commands record them.
 */
describe('decision notices: from the log to e-mail and webhook, once recorded, never lost', () => {
  jest.setTimeout(60_000);
  let api: IdentityTestApp;
  let worker: TestingModule | undefined;
  let smtp: SmtpSink;
  let hooks: WebhookSink;
  const prefix = `test-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const ids: Record<string, string> = {};
  let standingOffice: Actor;

  const register = async (
    username: string,
    displayName: string,
    agencyId: string,
    role: string,
    email?: string,
  ) => {
    ids[username] = (
      await givenUser(api, { username, displayName, agencyId, role: role as Actor['role'], email })
    ).userId;
  };

  const metadata = (actor: Actor, commandId = randomUUID()) => ({
    actor,
    correlationId: commandId,
    causationId: commandId,
    commandId,
    occurredAt: '2026-06-02T02:00:00.000Z',
    schemaVersion: 1,
  });

  const append = async (
    streamId: string,
    events: ReadonlyArray<{ type: string; data: object }>,
    actor: Actor,
  ) => {
    const current = (await api.store.readStream(streamId)).version;
    const commandId = randomUUID();
    return api.store.appendToStream(
      streamId,
      events.map((e) => ({
        eventId: randomUUID(),
        type: e.type,
        data: e.data,
        metadata: metadata(actor, commandId),
      })),
      current,
    );
  };

  const assign = async (code: string, overrides: Partial<TaskAssignedData> = {}) => {
    const taskId = `task-${randomUUID()}`;
    const data: TaskAssignedData = {
      taskId,
      planId: 'kh-495',
      code,
      title: `Nhiệm vụ thử ${code}`,
      leadAgencyId: 'so-tai-chinh',
      coordinatingAgencyIds: ['so-y-te'],
      dueDate: '2026-12-31',
      recurrence: null,
      dueDateIsPeriodEnd: false,
      groupId: null,
      assignedByAgencyId: 'van-phong-ubnd',
      assignedOn: '2026-06-02',
      ...overrides,
    };
    await append(taskStreamId(taskId), [{ type: 'TaskAssigned', data }], standingOffice);
    return taskId;
  };

  const startWorker = async () => {
    worker = await Test.createTestingModule({
      imports: [
        WorkerModule.withConfig(
          {
            ...testAppEnvironment(api.schema),
            SMTP_URL: smtp.url,
            MAIL_FROM: 'Giao việc Huế <no-reply@giaoviec.hue.gov.vn>',
            WEBHOOK_URLS: hooks.url,
            WEBHOOK_SECRET: SECRET,
          },
          { queuePrefix: prefix, reminders: { backoffMs: 50, reconcileEveryMs: 0, schedulerRetryMs: 50 } },
        ),
      ],
    })
      .overrideProvider(CLOCK)
      .useValue(api.clock)
      .compile();
    worker.useLogger(worker.get(Logger));
    await worker.init();
    return worker;
  };

  const feed = () => worker!.get(DecisionNoticeFeed);
  const notices = () => worker!.get<Queue>(getQueueToken(QUEUES.notices));
  const rows = async (taskId: string) =>
    (
      await api.db.query<{
        notice_id: string;
        delivered_at: Date | null;
        attempts: number;
        recipients: number;
      }>(
        `SELECT notice_id, delivered_at, attempts, recipients FROM decision_notices WHERE notice_id LIKE $1`,
        [`%:${taskId}:%`],
      )
    ).rows;
  const delivered = (taskId: string, count = 1) =>
    eventually(
      async () => (await rows(taskId)).filter((r) => r.delivered_at !== null).length >= count,
      `${count} notice(s) of ${taskId} recorded delivered`,
    );
  const mailsAbout = (code: string) => smtp.received.filter((mail) => mail.subject.includes(code));
  const hooksAbout = (taskId: string) =>
    hooks.received
      .map((hook) => JSON.parse(hook.body) as Record<string, unknown>)
      .filter((b) => b.taskId === taskId);

  beforeAll(async () => {
    [smtp, hooks] = await Promise.all([startSmtpSink(), startWebhookSink()]);
    api = await startIdentityTestApp();
    await givenAgencies(api);
    await register('cv.taichinh', 'Trần Văn Chuyên', 'so-tai-chinh', 'officer', 'cv.taichinh@hue.gov.vn');
    await register('gd.taichinh', 'Lê Thị Giám Đốc', 'so-tai-chinh', 'agency_head', 'gd.taichinh@hue.gov.vn');
    await register('cv2.taichinh', 'Phan Văn Không Thư', 'so-tai-chinh', 'officer');
    await register('cv.yte', 'Hồ Thị Y Tế', 'so-y-te', 'officer', 'cv.yte@hue.gov.vn');
    await register(
      'thuong.truc',
      'Nguyễn Thị Thường Trực',
      'van-phong-ubnd',
      'standing_office',
      'tt@hue.gov.vn',
    );
    standingOffice = { userId: ids['thuong.truc']!, agencyId: 'van-phong-ubnd', role: 'standing_office' };
    await append(
      'plan-kh-495',
      [
        {
          type: 'PlanIssued',
          data: {
            planId: 'kh-495',
            number: '495/KH-UBND',
            title: 'Kế hoạch chuyển đổi số năm 2026',
            issuedOn: '2026-01-10',
            signer: null,
            issuingAuthority: 'UBND thành phố Huế',
            period: { from: '2026-01-01', to: '2027-12-31' },
            legalBases: [],
          },
        },
      ],
      standingOffice,
    );
  });

  afterAll(async () => {
    if (worker) {
      await dropReadModelSchemas(worker.get<Pool>(PG_POOL)).catch(() => undefined);
      for (const name of [QUEUES.notices, QUEUES.reminders]) {
        await worker
          .get<Queue>(getQueueToken(name))
          .obliterate({ force: true })
          .catch(() => undefined);
      }
      await worker.close();
    }
    const redis = new Redis(TEST_REDIS_URL);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
    redis.disconnect();
    await api?.close();
    await Promise.all([smtp?.close(), hooks?.close()]);
  });

  beforeEach(() => {
    smtp.refuse(false);
    hooks.answerWith(200);
  });

  it('starts at the head of the log the first time: decisions taken before are not sent again', async () => {
    const old = await assign('I.1');
    await startWorker();
    const head = await api.store.headCheckpoint();
    await eventually(() => (feed().checkpoint ?? '') >= head!, 'the feed at the head');

    const fresh = await assign('I.2');
    await delivered(fresh);
    expect(await rows(old)).toEqual([]);
    expect(mailsAbout('I.1')).toEqual([]);
    expect(hooksAbout(old)).toEqual([]);
  });

  it('an assignment: one Vietnamese e-mail to each of the lead agency’s people with an address, one signed webhook', async () => {
    const taskId = await assign('II.3');
    await delivered(taskId);

    const mails = mailsAbout('II.3');
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['cv.taichinh@hue.gov.vn', 'gd.taichinh@hue.gov.vn']);
    for (const mail of mails) {
      expect(mail.subject).toBe('[Giao nhiệm vụ] Nhiệm vụ II.3 giao Sở Tài chính chủ trì, hạn 31/12/2026');
      const text = readable(mail.raw);
      expect(text).toContain('Kế hoạch: 495/KH-UBND: Kế hoạch chuyển đổi số năm 2026');
      expect(text).toContain('Đơn vị phối hợp: Sở Y tế');
      expect(text).toContain('Người quyết định: Nguyễn Thị Thường Trực (Văn phòng UBND thành phố)');
      expect(text).not.toMatch(/so-tai-chinh|so-y-te|van-phong-ubnd|kh-495/);
    }
    const [hook] = hooksAbout(taskId);
    expect(hook).toMatchObject({
      id: `task.assigned:${taskId}:1`,
      type: 'task.assigned',
      taskCode: 'II.3',
      leadAgencyId: 'so-tai-chinh',
      leadAgencyName: 'Sở Tài chính',
    });
    // Everyone of the agency is reached, as its in-app row: the one without an address too.
    expect((await rows(taskId))[0]).toMatchObject({ attempts: 1, recipients: 3 });
  });

  it('an extension granted, then a returned completion, each its own notice with the new date or the reason', async () => {
    const taskId = await assign('II.4');
    const lead: Actor = { userId: ids['cv.taichinh']!, agencyId: 'so-tai-chinh', role: 'officer' };
    await append(
      taskStreamId(taskId),
      [
        {
          type: 'ExtensionRequested',
          data: {
            taskId,
            requestId: 'r1',
            currentDueDate: '2026-12-31',
            requestedDueDate: '2027-03-31',
            reason: 'Chờ số liệu',
          },
        },
      ],
      lead,
    );
    await append(
      taskStreamId(taskId),
      [
        {
          type: 'ExtensionGranted',
          data: { taskId, requestId: 'r1', previousDueDate: '2026-12-31', newDueDate: '2027-03-31' },
        },
      ],
      standingOffice,
    );
    await delivered(taskId, 2);
    const granted = mailsAbout('II.4').filter((m) => m.subject.startsWith('[Gia hạn]'));
    expect(granted.map((m) => m.subject)).toEqual([
      '[Gia hạn] Nhiệm vụ II.4 được gia hạn đến 31/03/2027',
      '[Gia hạn] Nhiệm vụ II.4 được gia hạn đến 31/03/2027',
    ]);
    await append(
      taskStreamId(taskId),
      [
        {
          type: 'TaskCompleted',
          data: {
            taskId,
            agencyId: 'so-tai-chinh',
            result: 'Đã xong',
            completedOn: '2026-06-02',
            dueDate: '2027-03-31',
          },
        },
      ],
      lead,
    );
    await append(
      taskStreamId(taskId),
      [{ type: 'CompletionReturned', data: { taskId, reason: 'Thiếu số liệu quý II' } }],
      standingOffice,
    );
    await delivered(taskId, 3);
    const returned = mailsAbout('II.4').filter((m) => m.subject.startsWith('[Trả lại kết quả]'));
    expect(returned).toHaveLength(2);
    expect(readable(returned[0]!.raw)).toContain('Lý do: Thiếu số liệu quý II');
    // One job per notice: they may arrive in any order.
    expect(
      hooksAbout(taskId)
        .map((h) => h.id)
        .sort(),
    ).toEqual([
      `task.assigned:${taskId}:1`,
      `task.completion_returned:${taskId}:5`,
      `task.extension_granted:${taskId}:3`,
    ]);
  });

  it('a crash before the accepted notices commit reads the batch again: nothing skipped, recorded once', async () => {
    const accept = jest
      .spyOn(outbox, 'acceptDecisionNotices')
      .mockImplementationOnce(() => Promise.reject(new Error('worker killed mid-batch')));
    try {
      const taskId = await assign('III.1');
      await delivered(taskId);
      expect(accept).toHaveBeenCalledTimes(2);
      expect(await rows(taskId)).toHaveLength(1);
      expect(mailsAbout('III.1')).toHaveLength(2);
      expect(hooksAbout(taskId)).toHaveLength(1);
    } finally {
      accept.mockRestore();
    }
  });

  it('a crash after sending, before recording: sent again with the same webhook id, recorded once', async () => {
    const record = jest
      .spyOn(outbox, 'recordDecisionNoticeDelivered')
      .mockImplementationOnce(() => Promise.reject(new Error('worker killed after sending')));
    try {
      const taskId = await assign('III.2');
      await delivered(taskId);
      const [row] = await rows(taskId);
      expect(row).toMatchObject({ attempts: 2 });
      expect(mailsAbout('III.2')).toHaveLength(4); // two people, twice: a repeat, documented
      expect(hooksAbout(taskId).map((h) => h.id)).toEqual([
        `task.assigned:${taskId}:1`,
        `task.assigned:${taskId}:1`,
      ]);

      // Added again (a replay, the sweep): recorded, so nothing more goes out.
      const before = smtp.received.length;
      await notices().remove(decisionNoticeJobId(row!.notice_id));
      await notices().add(
        'decision-notice',
        { noticeId: row!.notice_id },
        { jobId: decisionNoticeJobId(row!.notice_id) },
      );
      await eventually(
        async () => (await notices().getJobState(decisionNoticeJobId(row!.notice_id))) === 'completed',
        'the repeated job to finish',
      );
      expect(smtp.received.length).toBe(before);
      expect((await rows(taskId))[0]).toMatchObject({ attempts: 2 });
    } finally {
      record.mockRestore();
    }
  });

  it('an SMTP server down past every retry: the sweep retries the notice, which then goes out once recorded', async () => {
    smtp.refuse(true);
    const taskId = await assign('III.3');
    const [accepted] = await (async () => {
      await eventually(async () => (await rows(taskId)).length === 1, 'the notice accepted');
      return rows(taskId);
    })();
    const jobId = decisionNoticeJobId(accepted!.notice_id);
    await eventually(
      async () => (await notices().getJobState(jobId)) === 'failed',
      'the job to fail for good',
    );
    expect((await rows(taskId))[0]!.delivered_at).toBeNull();

    smtp.refuse(false);
    expect(await feed().sweep()).toEqual({ enqueued: 1, retried: 1 });
    await delivered(taskId);
    expect(
      mailsAbout('III.3')
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(['cv.taichinh@hue.gov.vn', 'gd.taichinh@hue.gov.vn']);
    expect(await feed().sweep()).toEqual({ enqueued: 0, retried: 0 });
  });

  it('a Redis that lost every job: after a restart, the notices not yet delivered go out', async () => {
    smtp.refuse(true);
    const taskId = await assign('III.4');
    await eventually(async () => (await rows(taskId)).length === 1, 'the notice accepted');
    await worker!.close();
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${prefix}:${QUEUES.notices}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    smtp.refuse(false);

    await startWorker();
    await delivered(taskId);
    expect(mailsAbout('III.4')).toHaveLength(2);
  });
});
