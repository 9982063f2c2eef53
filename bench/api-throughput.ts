import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { ApiModule } from '../apps/api/src/api.module';
import { FixedClock } from '@giaoviec/kernel';
import { CLOCK, configureHttpApp } from '@giaoviec/platform';
import { actorHeaders } from '../test/support/access-tokens';
import { ADMIN, FINANCE_OFFICER, STANDING_OFFICE } from '../test/support/hue-fixtures';
import { BENCH_DATABASE_URL, benchSetting } from './database';
import { HttpClient } from './http-client';
import { runClosedLoop, type LoadResult } from './measure';

const PLAN_ID = 'kh-495';
const asAdmin = actorHeaders(ADMIN);
const asStandingOffice = actorHeaders(STANDING_OFFICE);
const asFinance = actorHeaders(FINANCE_OFFICER);

export interface BenchApi {
  readonly port: number;
  close(): Promise<void>;
}

/** The real API (pipeline, PostgreSQL, Redis) in-process on a random port, in `schema`. */
export async function startBenchApi(schema: string): Promise<BenchApi> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ApiModule.withConfig({
        NODE_ENV: 'test',
        DATABASE_URL: BENCH_DATABASE_URL,
        DATABASE_SCHEMA: schema,
        REDIS_URL: benchSetting('REDIS_URL', 'redis://127.0.0.1:6379'),
        EVENT_STORE: 'postgres',
        LOG_LEVEL: benchSetting('LOG_LEVEL', 'silent'),
      }),
    ],
  })
    .overrideProvider(CLOCK)
    .useValue(new FixedClock(new Date('2026-06-01T02:00:00.000Z')))
    .compile();
  const app: INestApplication = configureHttpApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { port, close: () => app.close() };
}

/** The agencies and the plan every benchmarked task belongs to. */
export async function seedPlan(api: BenchApi): Promise<void> {
  const client = new HttpClient(api.port, 1);
  try {
    for (const agency of [
      { agencyId: 'so-khcn', name: 'Sở Khoa học và Công nghệ', kind: 'department' },
      { agencyId: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'department' },
    ]) {
      await client.post('/agencies', asAdmin, agency);
    }
    await client.post('/plans', asStandingOffice, {
      planId: PLAN_ID,
      number: '495/KH-UBND',
      title: 'Kế hoạch chuyển đổi số thành phố Huế năm 2026',
      issuedOn: '2025-12-31',
      signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
      issuingAuthority: 'UBND thành phố Huế',
      period: { from: '2026-01-01', to: '2026-12-31' },
      legalBases: [],
      standingAgencyId: 'so-khcn',
    });
  } finally {
    client.close();
  }
}

/**
 * Each client walks its own tasks through the life of a task, one command per request:
 * assign (standing office), acknowledge, report progress, complete (lead agency).
 * So every command is a real decision on a real stream, and clients never collide.
 */
export async function commandThroughput(
  api: BenchApi,
  label: string,
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const client = new HttpClient(api.port, concurrency);
  const taskOf = (worker: number, iteration: number) =>
    `bench-${label}-w${worker}-t${Math.floor(iteration / 4)}`;
  try {
    return await runClosedLoop({
      concurrency,
      durationMs,
      operation: async (worker, iteration) => {
        const taskId = taskOf(worker, iteration);
        switch (iteration % 4) {
          case 0:
            await client.post(`/plans/${PLAN_ID}/tasks`, asStandingOffice, {
              taskId,
              title: `Nhiệm vụ đo tải ${taskId}`,
              leadAgencyId: 'so-tai-chinh',
              coordinatingAgencyIds: ['so-khcn'],
              dueDate: '2026-12-31',
            });
            return;
          case 1:
            await client.post(`/tasks/${taskId}/acknowledge`, asFinance, { note: 'Đã tiếp nhận' });
            return;
          case 2:
            await client.post(`/tasks/${taskId}/progress`, asFinance, {
              summary: 'Đã lập dự toán',
              percentComplete: 50,
            });
            return;
          default:
            await client.post(`/tasks/${taskId}/complete`, asFinance, { result: 'Đã hoàn thành' });
        }
      },
    });
  } finally {
    client.close();
  }
}
