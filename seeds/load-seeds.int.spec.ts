import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@giaoviec/event-store';
import type { IndicatorTargetRevisedData, PlanAmendedData } from '@giaoviec/planning';
import type { TaskAssignedData } from '@giaoviec/tasks';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../test/support/test-database-url';
import { AMENDMENT_ID, COMMUNE_AGENCIES, SEED_DATA } from './data';
import { formatSeedReport, loadSeeds } from './load-seeds';
import { departmentIds, SEED_ACTOR, SEED_CORRELATION_ID, seedOperations } from './seed-operations';
import { SeedModule } from './seed.module';
import {
  STAND_IN_AMENDING_DOCUMENT_NUMBER,
  STAND_IN_ORIGINAL_TARGETS,
  withStandInFacts,
} from './testing/stand-in-facts';

/** Every event of the global log, in order. */
async function allEvents(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    events.push(...page.events);
    if (page.events.length === 0 || page.nextCheckpoint === undefined || page.nextCheckpoint === after) {
      return events;
    }
    after = page.nextCheckpoint;
  }
}

describe('npm run seed (loadSeeds) against PostgreSQL', () => {
  const schema = `seed_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  let app: INestApplicationContext;
  let store: EventStore;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(
      SeedModule.withConfig({
        NODE_ENV: 'test',
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: schema,
        REDIS_URL: TEST_REDIS_URL,
        EVENT_STORE: 'postgres',
        LOG_LEVEL: 'silent',
      }),
      { logger: false },
    );
    store = app.get<EventStore>(EVENT_STORE);
  });

  afterAll(async () => {
    await app?.close();
    const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.end();
  });

  it('loads what the documents allow, skips the rest, and appends nothing the second time', async () => {
    const first = await loadSeeds(app, SEED_DATA);
    expect(first.failures).toEqual([]);
    expect(first.agenciesRegistered).toBe(SEED_DATA.agencies.length);
    expect(first.plans['kh-495']).toMatchObject({ issued: 1, indicatorsDefined: 15 });
    expect(first.skipped.map((item) => item.planId)).toEqual(['kh-455', 'kh-cds-2026-2030', 'kh-284']);
    const afterFirst = await allEvents(store);
    expect(first.eventsAppended).toBe(afterFirst.length);
    const head = await store.headCheckpoint();

    const second = await loadSeeds(app, SEED_DATA);
    expect(second.eventsAppended).toBe(0);
    expect(second.failures).toEqual([]);
    expect(second.agenciesExisting).toBe(SEED_DATA.agencies.length);
    expect(await store.headCheckpoint()).toBe(head);
    expect(await allEvents(store)).toHaveLength(afterFirst.length);
    expect(formatSeedReport(second).at(-1)).toMatch(/^Nothing new/);

    const metadata = afterFirst.map((event) => event.metadata);
    expect(metadata.every((m) => m.correlationId === SEED_CORRELATION_ID)).toBe(true);
    for (const { actor } of metadata) expect(actor).toEqual(SEED_ACTOR);
  });

  it('with stand-ins for the missing facts: loads every plan, amendment and fan-out, once', async () => {
    const data = withStandInFacts(SEED_DATA);
    const before = (await allEvents(store)).length;

    const first = await loadSeeds(app, data);
    expect(first.failures).toEqual([]);
    expect(first.skipped).toEqual([]);
    const events = await allEvents(store);
    expect(events.length - before).toBe(first.eventsAppended);

    const second = await loadSeeds(app, data);
    expect(second.failures).toEqual([]);
    expect(second.eventsAppended).toBe(0);
    expect(await allEvents(store)).toHaveLength(events.length);

    // The amendment records the previous and the new value of every target it revises.
    const revisions = events
      .filter((event) => event.type === 'IndicatorTargetRevised')
      .map((event) => event.data as IndicatorTargetRevisedData);
    const grdp = STAND_IN_ORIGINAL_TARGETS['kh-284-kts-ty-trong-grdp'];
    expect(revisions.filter((r) => r.indicatorId === 'kh-284-kts-ty-trong-grdp')).toEqual([
      expect.objectContaining({ year: 2026, previousValue: grdp[0].value, newValue: 18 }),
      expect.objectContaining({ year: 2030, previousValue: grdp[1].value, newValue: 30 }),
    ]);
    expect(revisions.every((r) => r.amendmentId === AMENDMENT_ID && r.planId === 'kh-284')).toBe(true);
    expect(revisions.every((r) => r.amendingDocumentNumber === STAND_IN_AMENDING_DOCUMENT_NUMBER)).toBe(true);
    // A year Plan 284 had no target for (in the stand-ins): the revision adds it.
    expect(
      revisions.find((r) => r.indicatorId === 'kh-284-kts-ty-trong-stem' && r.year === 2030),
    ).toMatchObject({
      previousValue: null,
      newValue: 40,
    });
    const amended = events.filter((event) => event.type === 'PlanAmended');
    expect(amended).toHaveLength(1);
    const amendment = amended[0].data as PlanAmendedData;
    expect(amendment.targetRevisions).toHaveLength(8);
    expect(amendment.targetRevisions).toContainEqual({
      indicatorId: 'kh-284-kts-ty-trong-grdp',
      year: 2030,
      previousValue: grdp[1].value,
      newValue: 30,
    });
    expect(amendment.addedIndicatorIds).toHaveLength(4);
    expect(amendment.addedTaskCodes).toContain('SĐ-III.4');

    // "đi từng ngõ, gõ từng nhà": one task per commune, one group.
    const assigned = events
      .filter((event) => event.type === 'TaskAssigned')
      .map((event) => event.data as TaskAssignedData);
    const doorToDoor = assigned.filter((task) => task.planId === 'kh-284' && task.code === 'SĐ-III.4');
    expect(doorToDoor.map((task) => task.leadAgencyId).sort()).toEqual(
      COMMUNE_AGENCIES.map((commune) => commune.agencyId).sort(),
    );
    expect(new Set(doorToDoor.map((task) => task.groupId)).size).toBe(1);
    expect(doorToDoor[0].groupId).not.toBeNull();
    expect(doorToDoor.every((task) => task.dueDate === '2030-12-31' && task.dueDateIsPeriodEnd)).toBe(true);

    // Every department gets the AI task; the State Bank branch of Region 9 its two tasks.
    expect(assigned.filter((task) => task.code === 'SĐ-II.2.c.1').map((task) => task.leadAgencyId)).toEqual(
      departmentIds(SEED_DATA),
    );
    expect(assigned.filter((task) => task.leadAgencyId === 'nhnn-kv9').map((task) => task.code)).toEqual([
      'SĐ-II.4.1',
      'SĐ-II.4.2',
    ]);
    expect(assigned.find((task) => task.code === 'SĐ-III.2')).toMatchObject({
      leadAgencyId: 'so-khcn',
      dueDate: null,
      recurrence: { frequency: 'yearly', until: '2030-12-31' },
    });
    expect(assigned.find((task) => task.planId === 'kh-455' && task.code === 'GĐ1.b')?.dueDate).toBe(
      '2026-05-31',
    );

    // As many tasks as the seed operations give: one per single lead, one per commune per fan-out.
    const expectedTasks = seedOperations(data).operations.reduce(
      (n, op) =>
        op.kind !== 'assign-task' ? n : n + ('leadAgencyId' in op.target ? 1 : COMMUNE_AGENCIES.length),
      0,
    );
    expect(assigned).toHaveLength(expectedTasks);
  }, 180_000);
});
