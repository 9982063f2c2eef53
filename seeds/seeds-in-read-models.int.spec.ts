import type { INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { FixedClock } from '@giaoviec/kernel';
import { PG_POOL } from '@giaoviec/platform';
import {
  AuditQueries,
  dropReadModelSchemas,
  IndicatorQueries,
  ProjectionEngineModule,
  ProjectionRunner,
  READ_MODEL_STORE,
  readModelProjections,
  ReadModelGenerations,
  ReadModelProjectionsModule,
  type ReadModelStore,
} from '@giaoviec/reporting';
import { AMENDMENT_ID } from './data';
import { loadSeeds } from './load-seeds';
import { SeedModule } from './seed.module';
import { testAppEnvironment } from '../test/support/test-app-environment';

/**
 * The seed seen through the read models, as leadership sees it: the amendment of Plan
 * 284/KH-UBND in the KPI scoreboard's history and in the audit trail, with the values it
 * sets and what was recorded before (nothing, where the documents give no original).
 */
describe('the seed plans in the read models', () => {
  const schema = `seedrm_${randomUUID().replace(/-/g, '').slice(0, 14)}`;
  let app: INestApplicationContext;
  let runner: ProjectionRunner;
  let readModels: ReadModelStore;

  @Module({ imports: [ProjectionEngineModule, ReadModelProjectionsModule] })
  class ReadSide {}

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(
      {
        module: ReadSide,
        imports: [
          SeedModule.withConfig({
            ...testAppEnvironment(schema),
          }),
        ],
      },
      { logger: false },
    );
    await loadSeeds(app);
    const store = app.get<EventStore>(EVENT_STORE);
    const live = await app.get(ReadModelGenerations).ensureLive();
    runner = new ProjectionRunner({
      store,
      pool: app.get<Pool>(PG_POOL),
      schema: live.schema,
      projections: readModelProjections(),
    });
    runner.start();
    readModels = app.get<ReadModelStore>(READ_MODEL_STORE);
    const head = await store.headCheckpoint();
    await readModels.waitFor(head as string, 60_000);
  }, 120_000);

  afterAll(async () => {
    await runner?.stop();
    const pool = app.get<Pool>(PG_POOL);
    await dropReadModelSchemas(pool);
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await app.close();
  });

  it('shows the revised GRDP share targets of Plan 284 in the KPI scoreboard history', async () => {
    const scoreboard = await new IndicatorQueries(
      readModels,
      new FixedClock(new Date('2026-11-24T02:00:00Z')),
    ).scoreboard({
      planId: 'kh-284',
    });
    const grdp = scoreboard.indicators.find(
      (indicator) => indicator.indicatorId === 'kh-284-kts-ty-trong-grdp',
    );
    expect(grdp?.revisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2026, previousValue: null, newValue: 18, amendmentId: AMENDMENT_ID }),
        expect.objectContaining({ year: 2030, previousValue: null, newValue: 30, amendmentId: AMENDMENT_ID }),
      ]),
    );
    expect(grdp?.target).toBe(18);
  });

  it('shows the same revisions, old and new values, in the audit trail', async () => {
    const page = await new AuditQueries(readModels).page({
      indicatorId: 'kh-284-kts-ty-trong-grdp',
      types: ['IndicatorTargetRevised'],
      limit: 10,
    });
    expect(page.items).toHaveLength(2);
    for (const item of page.items) {
      expect(item.summary).toMatch(/18|30/);
      expect(item.summary).toMatch(/chưa ghi nhận/);
      expect(item.data).toMatchObject({ previousValue: null, amendmentId: AMENDMENT_ID });
    }
  });
});
