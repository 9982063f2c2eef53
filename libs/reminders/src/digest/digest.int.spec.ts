import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Module, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { FixedClock } from '@giaoviec/kernel';
import { CLOCK, InfrastructureModule } from '@giaoviec/platform';
import {
  DirectoryProjection,
  READ_MODEL_STORE,
  TaskListProjection,
  type ReadModelStore,
} from '@giaoviec/reporting';
import {
  ADMIN,
  givenAgencies,
  startIdentityTestApp,
  type IdentityTestApp,
} from '../../../identity/src/testing/identity-test-app';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../../../test/support/test-database-url';
import { startSmtpSink, type SmtpSink } from '../notification/testing/smtp-sink';
import { DigestModule } from './digest.module';
import { DIGEST_JOB, DIGEST_QUEUE, DIGEST_SCHEDULER_ID } from './digest.queue';
import { DigestService } from './digest.service';
import { testAppEnvironment } from '../../../../test/support/test-app-environment';

const rmSchema = `digest_rm_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const db = new Pool({ connectionString: TEST_DATABASE_URL, max: 2 });

/** The read models' real tables (created by their projections) in a schema of the test's own, read with real SQL: only the choice of the live generation is fixed. */
const store: ReadModelStore = {
  async read(build) {
    const { text, values } = build(rmSchema);
    return (await db.query(text, values as unknown[])).rows;
  },
  position: async () => undefined,
  waitFor: async () => undefined,
};

@Global()
@Module({ providers: [{ provide: READ_MODEL_STORE, useValue: store }], exports: [READ_MODEL_STORE] })
class FixedSchemaReadModelsModule {}

let n = 0;
async function task(fields: {
  code: string;
  lead: string;
  status?: string;
  due: string;
  escalation?: string;
  escalatedOn?: string;
}) {
  n += 1;
  await db.query(
    `INSERT INTO ${rmSchema}.rm_tasks (task_id, plan_id, code, code_sort, title, lead_agency_id, status, acknowledged,
        due_date, assigned_on, escalation_level, escalated_on, version, position)
     VALUES ($1, 'kh-495', $2, $2, $3, $4, $5, true, $6, '2026-01-01', $7, $8, 1, $9)`,
    [
      `t-${n}`,
      fields.code,
      `Nhiệm vụ ${fields.code}`,
      fields.lead,
      fields.status ?? 'in_progress',
      fields.due,
      fields.escalation ?? null,
      fields.escalatedOn ?? null,
      String(n).padStart(6, '0'),
    ],
  );
}

describe('the morning digest: read models → e-mail to the standing office, scheduled daily in Huế time', () => {
  let api: IdentityTestApp;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  const prefix = `digest-test-${randomUUID().slice(0, 8)}`;
  const clock = new FixedClock(new Date('2026-12-24T00:00:05.000Z')); // Thursday, 07:00:05 in Huế

  beforeAll(async () => {
    smtp = await startSmtpSink();
    await db.query(`CREATE SCHEMA ${rmSchema}`);
    for (const statement of [
      ...new TaskListProjection().createTables(rmSchema),
      ...new DirectoryProjection().createTables(rmSchema),
    ])
      await db.query(statement);
    await db.query(
      `INSERT INTO ${rmSchema}.rm_agencies (agency_id, name, kind, status, version, position)
       VALUES ('so-tai-chinh', 'Sở Tài chính', 'department', 'active', 1, '1'), ('so-y-te', 'Sở Y tế', 'department', 'active', 1, '2')`,
    );
    await db.query(
      `INSERT INTO ${rmSchema}.rm_plans (plan_id, number, title, status, version, position)
       VALUES ('kh-495', '495/KH-UBND', 'Kế hoạch', 'issued', 1, '1')`,
    );
    // Today is 2026-12-24 in Huế.
    await task({ code: 'I.1', lead: 'so-tai-chinh', due: '2026-12-23' }); // became overdue
    await task({ code: 'I.2', lead: 'so-tai-chinh', due: '2026-12-20' }); // overdue before: not news
    await task({ code: 'I.3', lead: 'so-tai-chinh', due: '2026-12-23', status: 'completed' }); // done
    await task({ code: 'I.4', lead: 'so-tai-chinh', due: '2026-12-30' }); // due this week
    await task({ code: 'I.5', lead: 'so-tai-chinh', due: '2026-12-31' }); // next week
    await task({ code: 'II.1', lead: 'so-y-te', due: '2026-12-24', status: 'assigned' }); // due today
    await task({
      code: 'II.2',
      lead: 'so-y-te',
      due: '2026-12-14',
      escalation: 'steering_committee',
      escalatedOn: '2026-12-24',
    });
    await task({
      code: 'II.3',
      lead: 'so-y-te',
      due: '2026-12-01',
      escalation: 'standing_office',
      escalatedOn: '2026-12-04',
    }); // escalated long ago

    api = await startIdentityTestApp();
    await givenAgencies(api);
    for (const [username, role, email] of [
      ['thuong.truc.1', 'standing_office', 'tt1@hue.gov.vn'],
      ['thuong.truc.2', 'standing_office', 'tt2@hue.gov.vn'],
      ['thuong.truc.3', 'standing_office', undefined],
      ['chuyen.vien', 'officer', 'cv@hue.gov.vn'],
    ] as const) {
      await api.http
        .post('/users')
        .set(api.as(ADMIN))
        .send({
          username,
          displayName: username,
          agencyId: role === 'officer' ? 'so-tai-chinh' : 'van-phong-ubnd',
          role,
          password: `Mật khẩu của ${username} 2026`,
          ...(email ? { email } : {}),
        })
        .expect(201);
    }

    const moduleRef = await Test.createTestingModule({
      imports: [
        InfrastructureModule.forRoot({
          ...testAppEnvironment(api.schema),
          SMTP_URL: smtp.url,
          DIGEST_LOCAL_HOUR: '7',
        }),
        BullModule.forRoot({ connection: { url: TEST_REDIS_URL }, prefix }),
        FixedSchemaReadModelsModule,
        DigestModule,
      ],
    })
      .overrideProvider(CLOCK)
      .useValue(clock)
      .compile();
    worker = await moduleRef.init();
  });

  afterAll(async () => {
    const queue = worker?.get<Queue>(getQueueToken(DIGEST_QUEUE));
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await worker?.close();
    await api?.close();
    await db.query(`DROP SCHEMA IF EXISTS ${rmSchema} CASCADE`);
    await db.end();
    await smtp?.close();
  });

  it('schedules one repeatable job at the configured hour, Asia/Ho_Chi_Minh, whatever the restarts', async () => {
    const queue = worker.get<Queue>(getQueueToken(DIGEST_QUEUE));
    await queue.upsertJobScheduler(
      DIGEST_SCHEDULER_ID,
      { pattern: '0 7 * * *', tz: 'Asia/Ho_Chi_Minh' },
      {
        name: DIGEST_JOB,
      },
    ); // a second start
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({
      key: DIGEST_SCHEDULER_ID,
      name: DIGEST_JOB,
      pattern: '0 7 * * *',
      tz: 'Asia/Ho_Chi_Minh',
    });
    // The next run falls on 07:00 in Huế, i.e. 00:00 UTC.
    expect(new Date(schedulers[0]!.next!).getUTCHours()).toBe(0);
    expect(new Date(schedulers[0]!.next!).getUTCMinutes()).toBe(0);
  });

  it('lists per agency what became overdue, what was escalated and what is due this week, e-mailed to the standing office', async () => {
    smtp.received.length = 0;
    const outcome = await worker.get(DigestService).sendDigest();
    if (outcome.skipped) throw new Error('Thursday 24/12/2026 is a working day');

    const byAgency = Object.fromEntries(
      outcome.digest.agencies.map((a) => [
        a.agencyName,
        {
          becameOverdue: a.becameOverdue.map((r) => r.code),
          escalated: a.escalated.map((r) => r.code),
          dueThisWeek: a.dueThisWeek.map((r) => r.code),
        },
      ]),
    );
    expect(byAgency).toEqual({
      'Sở Tài chính': { becameOverdue: ['I.1'], escalated: [], dueThisWeek: ['I.4'] },
      'Sở Y tế': { becameOverdue: [], escalated: ['II.2'], dueThisWeek: ['II.1'] },
    });
    expect(outcome).toMatchObject({ sent: 2, withoutAddress: 1 });
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(['tt1@hue.gov.vn', 'tt2@hue.gov.vn']);
    expect(smtp.received[0]!.subject).toBe(
      '[Tổng hợp] Tình hình nhiệm vụ ngày 24/12/2026: 1 mới quá hạn, 1 báo cáo vượt cấp, 2 đến hạn trong tuần',
    );
  });

  it('sends nothing on a day off; the next working day covers what fell due since the last digest, in working days', async () => {
    smtp.received.length = 0;
    await task({ code: 'I.6', lead: 'so-tai-chinh', due: '2026-12-26' }); // a Saturday
    clock.set(new Date('2026-12-26T00:00:05.000Z')); // Saturday, 07:00:05 in Huế
    expect(await worker.get(DigestService).sendDigest()).toEqual({ skipped: 'day_off', today: '2026-12-26' });
    expect(smtp.received).toHaveLength(0);

    clock.set(new Date('2026-12-28T00:00:05.000Z')); // Monday
    const monday = await worker.get(DigestService).sendDigest();
    if (monday.skipped) throw new Error('Monday 28/12/2026 is a working day');
    const finance = monday.digest.agencies.find((a) => a.agencyName === 'Sở Tài chính');
    // Due on Saturday, so overdue since Sunday; not on Friday's digest (it was due that week).
    expect(finance?.becameOverdue.map((r) => [r.code, r.daysOverdue])).toEqual([['I.6', 1]]);
    expect(monday.digest.text).toContain('hạn 26/12/2026, quá hạn 1 ngày làm việc');
    expect(smtp.received).toHaveLength(2);
  });
});
