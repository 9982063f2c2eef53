import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@giaoviec/event-store';
import {
  planStreamId,
  type IndicatorTargetRevisedData,
  type PlanAmendedData,
  type PlanIssuedData,
} from '@giaoviec/planning';
import { localDateAt } from '@giaoviec/kernel';
import { taskStreamId, type TaskAssignedData } from '@giaoviec/tasks';
import { TEST_DATABASE_URL } from '../test/support/test-database-url';
import { AMENDMENT_ID, COMMUNE_AGENCIES, SEED_DATA } from './data';
import { formatSeedReport, loadSeeds } from './load-seeds';
import {
  departmentIds,
  SEED_ACTOR,
  SEED_CORRELATION_ID,
  seedOperations,
  seedTaskId,
} from './seed-operations';
import { SeedModule } from './seed.module';
import { testAppEnvironment } from '../test/support/test-app-environment';

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

/** The seed's application context on a schema of its own, dropped after all. */
function seedAppOnOwnSchema() {
  const schema = `seed_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const world = {} as { app: INestApplicationContext; store: EventStore };
  beforeAll(async () => {
    world.app = await NestFactory.createApplicationContext(
      SeedModule.withConfig({
        ...testAppEnvironment(schema),
      }),
      { logger: false },
    );
    world.store = world.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await world.app?.close();
    const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.end();
  });
  return world;
}

describe('npm run seed (loadSeeds) against PostgreSQL', () => {
  const world = seedAppOnOwnSchema();

  it('loads every plan, amendment and fan-out with the unknown facts as null, and appends nothing the second time', async () => {
    const data = SEED_DATA;
    const first = await loadSeeds(world.app, data);
    expect(first.failures).toEqual([]);
    expect(first.warnings).toEqual([]);
    expect(first.agenciesRegistered).toBe(data.agencies.length);
    expect(first.plans['kh-495']).toMatchObject({ issued: 1, indicatorsDefined: 15, tasksAssigned: 5 });
    for (const planId of ['kh-455', 'kh-cds-2026-2030', 'kh-284']) {
      expect(first.plans[planId]).toMatchObject({ issued: 1 });
    }
    expect(first.plans['kh-284']).toMatchObject({ indicatorsDefined: 8, amendmentsRecorded: 1 });
    expect(first.unknown.map((item) => item.planId)).toEqual(['kh-455', 'kh-cds-2026-2030', 'kh-284']);
    expect(formatSeedReport(first)).toContain(
      'Plan kh-455: recorded as unknown: date of issue (the document shows none).',
    );
    const events = await allEvents(world.store);
    expect(first.eventsAppended).toBe(events.length);
    const head = await world.store.headCheckpoint();

    const second = await loadSeeds(world.app, data);
    expect(second.eventsAppended).toBe(0);
    expect(second.failures).toEqual([]);
    expect(second.agenciesExisting).toBe(data.agencies.length);
    expect(await world.store.headCheckpoint()).toBe(head);
    expect(await allEvents(world.store)).toHaveLength(events.length);
    expect(formatSeedReport(second).at(-1)).toMatch(/^Nothing new/);

    const metadata = events.map((event) => event.metadata);
    expect(metadata.every((m) => m.correlationId === SEED_CORRELATION_ID)).toBe(true);
    for (const { actor } of metadata) expect(actor).toEqual(SEED_ACTOR);

    // The plans as the documents give them: what they do not give is null.
    const issued = Object.fromEntries(
      events
        .filter((event) => event.type === 'PlanIssued')
        .map((event) => [(event.data as PlanIssuedData).planId, event.data as PlanIssuedData]),
    );
    expect(issued['kh-cds-2026-2030']).toMatchObject({ number: null, issuedOn: null });
    expect(issued['kh-455']).toMatchObject({ number: '455/KH-UBND', issuedOn: null });
    expect(issued['kh-455']?.phases?.map(({ name, from, to }) => [name, from, to])).toEqual([
      ['Giai đoạn 2026 – 2028', '2026-01-01', '2028-12-31'],
      ['Giai đoạn 2029 – 2030', '2029-01-01', '2030-12-31'],
    ]);
    expect(issued['kh-495']).not.toHaveProperty('phases');
    expect(issued['kh-284']).toMatchObject({ number: '284/KH-UBND', issuedOn: '2026-05-18', signer: null });

    // The amendment records the new value of every target it revises; Plan 284's original
    // values are not in the documents, so none has a previous value.
    const revisions = events
      .filter((event) => event.type === 'IndicatorTargetRevised')
      .map((event) => event.data as IndicatorTargetRevisedData);
    expect(revisions.filter((r) => r.indicatorId === 'kh-284-kts-ty-trong-grdp')).toEqual([
      expect.objectContaining({ year: 2026, previousValue: null, newValue: 18 }),
      expect.objectContaining({ year: 2030, previousValue: null, newValue: 30 }),
    ]);
    expect(revisions.every((r) => r.amendmentId === AMENDMENT_ID && r.planId === 'kh-284')).toBe(true);
    expect(revisions.every((r) => r.amendingDocumentNumber === null)).toBe(true);
    const amended = events.filter((event) => event.type === 'PlanAmended');
    expect(amended).toHaveLength(1);
    const amendment = amended[0].data as PlanAmendedData;
    expect(amendment.amendingDocument).toMatchObject({ number: null, issuedOn: null });
    expect(amendment.targetRevisions).toHaveLength(8);
    expect(amendment.targetRevisions).toContainEqual({
      indicatorId: 'kh-284-kts-ty-trong-grdp',
      year: 2030,
      previousValue: null,
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

    // Every department gets the AI task, and so do the other city-level offices (one unit);
    // the State Bank branch of Region 9 its two tasks; the telecom enterprises coordinate on 5G.
    expect(assigned.filter((task) => task.code === 'SĐ-II.2.c.1').map((task) => task.leadAgencyId)).toEqual([
      ...departmentIds(SEED_DATA),
      'phong-ban-nganh-cap-thanh-pho',
    ]);
    expect(assigned.find((task) => task.code === 'SĐ-II.2.a')?.coordinatingAgencyIds).toEqual([
      'doanh-nghiep-vien-thong',
    ]);
    expect(
      assigned
        .filter((task) => task.planId === 'kh-495')
        .map(({ code, leadAgencyId, dueDate }) => [code, leadAgencyId, dueDate]),
    ).toEqual(['NV.1', 'NV.2', 'NV.3', 'NV.4', 'NV.5'].map((code) => [code, 'so-khcn', '2026-12-31']));
    expect(assigned.filter((task) => task.leadAgencyId === 'nhnn-kv9').map((task) => task.code)).toEqual([
      'SĐ-II.4.1',
      'SĐ-II.4.2',
    ]);
    // The periodic KPI report is owed from the day it is loaded: this year's report, due on 31 December.
    const thisYearsDeadline = `${localDateAt(new Date()).slice(0, 4)}-12-31`;
    const kpiReport = assigned.find((task) => task.code === 'SĐ-III.2');
    expect(kpiReport).toMatchObject({
      leadAgencyId: 'so-khcn',
      dueDate: thisYearsDeadline,
      dueDateIsPeriodEnd: true,
      recurrence: { frequency: 'yearly', until: '2030-12-31' },
    });
    const kpiReportStream = await world.store.readStream(taskStreamId(kpiReport!.taskId));
    expect(kpiReportStream.events.map((event) => [event.type, event.data])).toEqual([
      ['TaskAssigned', expect.anything()],
      [
        'RecurringPeriodOpened',
        {
          taskId: kpiReport!.taskId,
          period: expect.objectContaining({ end: thisYearsDeadline }),
          dueDate: thisYearsDeadline,
        },
      ],
    ]);
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

describe('npm run seed on a log recorded before recurring reports had periods', () => {
  const world = seedAppOnOwnSchema();

  it('opens the first period of the periodic KPI report it had assigned with no deadline, once', async () => {
    const taskId = seedTaskId('kh-284', 'SĐ-III.2');
    // As an earlier seed recorded it: a yearly report with no due date and no period.
    const legacy: TaskAssignedData = {
      taskId,
      planId: 'kh-284',
      code: 'SĐ-III.2',
      title: 'Định kỳ tổng hợp báo cáo kết quả KPI trình Lãnh đạo Ủy ban nhân dân thành phố.',
      leadAgencyId: 'so-khcn',
      coordinatingAgencyIds: [],
      dueDate: null,
      recurrence: { frequency: 'yearly', until: '2030-12-31' },
      dueDateIsPeriodEnd: false,
      groupId: null,
      assignedByAgencyId: 'so-khcn',
      assignedOn: '2026-07-01',
    };
    await appendAsAnEarlierSeed(world.store, taskStreamId(taskId), 'TaskAssigned', legacy);

    const first = await loadSeeds(world.app, SEED_DATA);
    expect(first.failures).toEqual([]);
    const thisYearsDeadline = `${localDateAt(new Date()).slice(0, 4)}-12-31`;
    const { events } = await world.store.readStream(taskStreamId(taskId));
    expect(events.map((event) => [event.type, event.metadata.actor])).toEqual([
      ['TaskAssigned', SEED_ACTOR],
      ['RecurringPeriodOpened', SEED_ACTOR],
    ]);
    expect(events[1].data).toMatchObject({ taskId, dueDate: thisYearsDeadline });
    expect((await loadSeeds(world.app, SEED_DATA)).eventsAppended).toBe(0);
  });
});

describe('npm run seed on a log recorded before plans had phases', () => {
  const world = seedAppOnOwnSchema();

  it('says that Plan 455 was recorded without its phases, and loads the rest of it', async () => {
    const issue = seedOperations(SEED_DATA).operations.find(
      (op) => op.kind === 'issue-plan' && op.planId === 'kh-455',
    );
    if (issue?.kind !== 'issue-plan') throw new Error('The seed issues Plan 455.');
    // As an earlier seed recorded it: everything but the phases.
    const { phases: _phases, ...withoutPhases } = issue.command.data;
    await appendAsAnEarlierSeed(world.store, planStreamId('kh-455'), 'PlanIssued', withoutPhases);

    const report = await loadSeeds(world.app, SEED_DATA);
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([
      'Plan kh-455 was recorded without its phases; the data now gives them, which the seed does not record.',
    ]);
    expect(report.plans['kh-455']).toMatchObject({
      alreadyIssued: 1,
      indicatorsDefined: 2,
      tasksAssigned: 9,
    });
  }, 180_000);
});

/** One event on a new stream, as an earlier version of the seed recorded it (1 July 2026). */
async function appendAsAnEarlierSeed(
  store: EventStore,
  streamId: string,
  type: string,
  data: object,
): Promise<void> {
  const commandId = randomUUID();
  await store.appendToStream(
    streamId,
    [
      {
        eventId: randomUUID(),
        type,
        data,
        metadata: {
          actor: SEED_ACTOR,
          correlationId: commandId,
          causationId: commandId,
          commandId,
          occurredAt: '2026-07-01T02:00:00.000Z',
          schemaVersion: 1,
        },
      },
    ],
    0,
  );
}
