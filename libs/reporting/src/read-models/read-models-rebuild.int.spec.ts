import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@giaoviec/event-store';
import { FixedClock, type Actor } from '@giaoviec/kernel';
import { createProjectionWorld, type ProjectionWorld } from '../projection/testing/projection-test-world';
import { PostgresReadModelStore } from '../projection/postgres-read-model-store';
import { DashboardQueries } from './dashboard/dashboard.queries';
import { readModelProjections } from './read-model-projections';
import { TaskListQueries } from './task-list/task-list.queries';

/**
 * Every read model's projection, run by the engine's real runner over a generated history
 * in the real PostgreSQL event store: small batches into the live generation, then a rebuild
 * into a fresh one with large batches. Both must hold identical rows: the projections are
 * deterministic whatever the batching, and a rebuild gives back what was there.
 */
const ADMIN: Actor = { userId: 'u-admin', agencyId: 'van-phong', role: 'admin' };
const STANDING: Actor = { userId: 'u-standing', agencyId: 'so-khcn', role: 'standing_office' };
const SYSTEM: Actor = { userId: 'system', agencyId: 'so-khcn', role: 'system' };
const officerOf = (agencyId: string): Actor => ({ userId: `u-${agencyId}`, agencyId, role: 'officer' });

interface Step {
  readonly streamId: string;
  readonly type: string;
  readonly data: object;
  readonly actor: Actor;
  readonly day: string;
}

const SINGLE_TASKS = 2500;
const COMMUNE_TASKS = 4 * 40;

/** A year of a plan in Huế, in rounds: every step of a round can be appended concurrently. */
function generatedHistory(): Step[][] {
  const departments = Array.from({ length: 12 }, (_, i) => `so-${i}`);
  const communes = Array.from({ length: 40 }, (_, i) => `xa-${i}`);
  const rounds: Step[][] = [];
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

  rounds.push([
    ...['so-khcn', ...departments].map((agencyId, i) => ({
      streamId: `agency-${agencyId}`,
      type: 'AgencyRegistered',
      data: { agencyId, name: i === 0 ? 'Sở Khoa học và Công nghệ' : `Sở số ${i}`, kind: 'department' },
      actor: ADMIN,
      day: day(0),
    })),
    ...communes.map((agencyId, i) => ({
      streamId: `agency-${agencyId}`,
      type: 'AgencyRegistered',
      data: { agencyId, name: `UBND phường ${i} Huế`, kind: 'commune' },
      actor: ADMIN,
      day: day(0),
    })),
    ...Array.from({ length: 20 }, (_, i) => ({
      streamId: `user-u${i}`,
      type: 'UserRegistered',
      data: {
        userId: `u${i}`,
        username: `can.bo.${i}`,
        displayName: `Cán bộ ${i}`,
        agencyId: departments[i % 12],
        role: 'officer',
      },
      actor: ADMIN,
      day: day(0),
    })),
  ]);
  rounds.push(
    ['kh-495', 'kh-160'].map((planId, i) => ({
      streamId: `plan-${planId}`,
      type: 'PlanIssued',
      data: {
        planId,
        number: i === 0 ? '495/KH-UBND' : '160/KH-UBND',
        title: `Kế hoạch ${i}`,
        issuedOn: day(1),
        signer: { name: 'Nguyễn Văn A', title: 'Chủ tịch' },
        issuingAuthority: 'UBND thành phố Huế',
        period: { from: day(1), to: '2026-12-31' },
        legalBases: [],
        standingAgencyId: 'so-khcn',
      },
      actor: STANDING,
      day: day(1),
    })),
  );
  rounds.push(
    Array.from({ length: 10 }, (_, i) => ({
      streamId: `indicator-i${i}`,
      type: 'IndicatorDefined',
      data: {
        indicatorId: `i${i}`,
        planId: 'kh-495',
        code: `KTS-${i}`,
        name: `Chỉ tiêu ${i}`,
        unit: '%',
        direction: i % 3 === 0 ? 'at_most' : 'at_least',
        targets: [{ year: 2026, value: 10 + i }],
        responsibleAgencyId: departments[i],
      },
      actor: STANDING,
      day: day(2),
    })),
  );

  // 2,500 single tasks and 4 groups given to every commune: over 10,000 events in all.
  const tasks: { taskId: string; lead: string; due: string }[] = [];
  const assigned: Step[] = [];
  for (let i = 0; i < SINGLE_TASKS; i++) {
    const lead = departments[i % 12];
    const due = day(60 + (i % 200));
    tasks.push({ taskId: `t${i}`, lead, due });
    assigned.push({
      streamId: `task-t${i}`,
      type: 'TaskAssigned',
      data: {
        taskId: `t${i}`,
        planId: i % 5 === 0 ? 'kh-160' : 'kh-495',
        code: `${['I', 'II', 'III', 'IV'][i % 4]}.${(i % 7) + 1}.${i}`,
        title: `Nhiệm vụ số ${i}`,
        leadAgencyId: lead,
        coordinatingAgencyIds: [departments[(i + 1) % 12]],
        dueDate: i % 17 === 0 ? null : due,
        recurrence: null,
        dueDateIsPeriodEnd: i % 9 === 0,
        groupId: null,
        assignedByAgencyId: 'so-khcn',
        assignedOn: day(3),
      },
      actor: STANDING,
      day: day(3),
    });
  }
  for (let g = 0; g < 4; g++) {
    for (const commune of communes) {
      const taskId = `g${g}-${commune}`;
      tasks.push({ taskId, lead: commune, due: day(90 + g * 30) });
      assigned.push({
        streamId: `task-${taskId}`,
        type: 'TaskAssigned',
        data: {
          taskId,
          planId: 'kh-495',
          code: `III.${g + 1}`,
          title: `Nhiệm vụ chung ${g}`,
          leadAgencyId: commune,
          coordinatingAgencyIds: [],
          dueDate: day(90 + g * 30),
          recurrence: null,
          dueDateIsPeriodEnd: false,
          groupId: `group-${g}`,
          assignedByAgencyId: 'so-khcn',
          assignedOn: day(3),
        },
        actor: STANDING,
        day: day(3),
      });
    }
  }
  rounds.push(assigned);

  const forTasks = (
    pick: (i: number) => boolean,
    step: (task: (typeof tasks)[number], i: number) => Omit<Step, 'streamId'>,
  ) => tasks.flatMap((task, i) => (pick(i) ? [{ streamId: `task-${task.taskId}`, ...step(task, i) }] : []));

  rounds.push(
    forTasks(
      (i) => i % 10 !== 0,
      (task) => ({
        type: 'TaskAcknowledged',
        data: { taskId: task.taskId, agencyId: task.lead },
        actor: officerOf(task.lead),
        day: day(5),
      }),
    ),
  );
  for (let r = 0; r < 2; r++) {
    rounds.push(
      forTasks(
        (i) => i % 10 !== 0 && i % 3 !== r,
        (task, i) => ({
          type: 'ProgressReported',
          data: {
            taskId: task.taskId,
            reportId: `p${r}-${task.taskId}`,
            agencyId: task.lead,
            summary: `Báo cáo lần ${r + 1}: đã thực hiện "${i % 100}%" khối lượng`,
            percentComplete: (i * 7 + r * 20) % 100,
            reportedOn: day(30 + r * 20),
          },
          actor: officerOf(task.lead),
          day: day(30 + r * 20),
        }),
      ),
    );
  }
  // The coordinating agency of one single task in four takes its part on; of one in eight, reports it.
  const coordinatorOf = (i: number) => departments[(i + 1) % 12];
  rounds.push(
    forTasks(
      (i) => i < SINGLE_TASKS && i % 4 === 0,
      (task, i) => ({
        type: 'CoordinationAcknowledged',
        data: { taskId: task.taskId, agencyId: coordinatorOf(i), acknowledgedOn: day(6) },
        actor: officerOf(coordinatorOf(i)),
        day: day(6),
      }),
    ),
    forTasks(
      (i) => i < SINGLE_TASKS && i % 8 === 0,
      (task, i) => ({
        type: 'ContributionReported',
        data: {
          taskId: task.taskId,
          agencyId: coordinatorOf(i),
          reportId: `c-${task.taskId}`,
          summary: 'Đã phối hợp cung cấp số liệu',
          reportedOn: day(40),
          dueDate: i % 17 === 0 ? null : task.due,
          onTime: i % 17 === 0 || day(40) <= task.due,
        },
        actor: officerOf(coordinatorOf(i)),
        day: day(40),
      }),
    ),
  );
  rounds.push([
    ...forTasks(
      (i) => i % 10 !== 0 && i % 4 === 1,
      (task, i) => ({
        type: 'TaskCompleted',
        data: {
          taskId: task.taskId,
          agencyId: task.lead,
          result: 'Hoàn thành',
          completedOn: day(50 + (i % 150)),
          dueDate: task.due,
        },
        actor: officerOf(task.lead),
        day: day(50 + (i % 150)),
      }),
    ),
    ...forTasks(
      (i) => i % 10 === 0 && i % 20 === 0,
      (task) => ({
        type: 'TaskCancelled',
        data: { taskId: task.taskId, reason: 'Không còn phù hợp' },
        actor: STANDING,
        day: day(40),
      }),
    ),
    ...forTasks(
      (i) => i % 10 !== 0 && i % 4 === 2,
      (task, i) => ({
        type: 'ReminderSent',
        data: {
          taskId: task.taskId,
          kind: 'overdue',
          channel: i % 2 === 0 ? 'email' : 'in_app',
          recipients: i % 2 === 0 ? [`${task.lead}@hue.gov.vn`] : [`u${i % 20}`],
          dueDate: task.due,
        },
        actor: SYSTEM,
        day: day(100),
      }),
    ),
    ...Array.from({ length: 30 }, (_, i) => ({
      streamId: `indicator-i${i % 10}`,
      type: 'IndicatorValueReported',
      data: {
        indicatorId: `i${i % 10}`,
        reportId: `v${i}`,
        period: `2026-Q${(i % 4) + 1}`,
        value: 5 + i,
        source: 'Báo cáo quý',
        reportedByAgencyId: departments[i % 10],
        asOf: '2026-06-30',
      },
      actor: officerOf(departments[i % 10]),
      day: day(120),
    })),
  ]);
  rounds.push([
    ...forTasks(
      (i) => i % 10 !== 0 && i % 4 === 1 && i % 8 === 1,
      (task) => ({
        type: 'CompletionAccepted',
        data: { taskId: task.taskId },
        actor: STANDING,
        day: day(160),
      }),
    ),
    ...forTasks(
      (i) => i % 10 !== 0 && i % 4 === 2 && i % 3 === 0,
      (task) => ({
        type: 'TaskEscalated',
        data: {
          taskId: task.taskId,
          level: 'standing_office',
          dueDate: task.due,
          daysOverdue: 7,
          reason: 'Quá hạn',
        },
        actor: STANDING,
        day: day(110),
      }),
    ),
    ...forTasks(
      (i) => i % 10 !== 0 && i % 4 === 3 && i % 5 === 0,
      (task) => ({
        type: 'ExtensionGranted',
        data: {
          taskId: task.taskId,
          requestId: `x-${task.taskId}`,
          previousDueDate: task.due,
          newDueDate: '2026-12-31',
        },
        actor: STANDING,
        day: day(100),
      }),
    ),
    {
      streamId: 'agency-so-1',
      type: 'AgencyRenamed',
      data: { agencyId: 'so-1', previousName: 'Sở số 1', newName: 'Sở số 1 (mới)', effectiveOn: day(150) },
      actor: ADMIN,
      day: day(150),
    },
    {
      streamId: 'plan-kh-495',
      type: 'PlanAmended',
      data: {
        planId: 'kh-495',
        amendmentId: 'a1',
        amendingDocument: { number: '200/KH-UBND', title: 'Sửa đổi', issuedOn: day(150) },
        summary: 'Điều chỉnh',
        targetRevisions: [{ indicatorId: 'i1', year: 2026, previousValue: 11, newValue: 15 }],
      },
      actor: STANDING,
      day: day(150),
    },
    {
      streamId: 'indicator-i1',
      type: 'IndicatorTargetRevised',
      data: {
        indicatorId: 'i1',
        planId: 'kh-495',
        year: 2026,
        previousValue: 11,
        newValue: 15,
        amendmentId: 'a1',
        amendingDocumentNumber: '200/KH-UBND',
      },
      actor: STANDING,
      day: day(150),
    },
  ]);
  rounds.push(
    forTasks(
      (i) => i < 300 && i % 10 === 3,
      (task) => ({
        type: 'TaskReassigned',
        data: {
          taskId: task.taskId,
          fromAgencyId: task.lead,
          toAgencyId: 'so-khcn',
          reason: 'Điều chỉnh',
          cause: 'manual',
        },
        actor: STANDING,
        day: day(170),
      }),
    ),
  );
  return rounds;
}

async function appendRounds(world: ProjectionWorld, rounds: Step[][]): Promise<number> {
  let count = 0;
  for (const round of rounds) {
    for (let i = 0; i < round.length; i += 25) {
      await Promise.all(
        round.slice(i, i + 25).map((step) => {
          const event: NewEvent = {
            eventId: randomUUID(),
            type: step.type,
            data: step.data,
            metadata: {
              actor: step.actor,
              correlationId: randomUUID(),
              causationId: randomUUID(),
              commandId: randomUUID(),
              occurredAt: `${step.day}T02:00:00.000Z`,
              schemaVersion: 1,
            },
          };
          return world.store.appendToStream(step.streamId, [event], 'any');
        }),
      );
      count += Math.min(25, round.length - i);
    }
  }
  return count;
}

async function readModelRows(world: ProjectionWorld, schema: string): Promise<Record<string, unknown[]>> {
  const { rows: tables } = await world.pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = $1 AND table_name LIKE 'rm\\_%' ORDER BY table_name`,
    [schema],
  );
  const snapshot: Record<string, unknown[]> = {};
  for (const { table_name } of tables) {
    const { rows } = await world.pool.query(
      `SELECT to_jsonb(t) AS row FROM ${schema}.${table_name} t ORDER BY 1`,
    );
    snapshot[table_name] = rows.map((row) => row.row);
  }
  return snapshot;
}

describe('read models over the real log: projected in small batches, rebuilt in large ones, identical', () => {
  let world: ProjectionWorld;

  beforeAll(async () => {
    world = await createProjectionWorld(() => readModelProjections());
  });
  afterAll(() => world.teardown());

  it('rebuilds every read model to identical rows', async () => {
    const appended = await appendRounds(world, generatedHistory());
    expect(appended).toBeGreaterThanOrEqual(10_000);

    const live = await world.generations.ensureLive();
    world.runner(live.schema, { batchSize: 37 }).start();
    await world.caughtUp(live.schema, 120_000);
    const before = await readModelRows(world, live.schema);
    expect(before.rm_audit).toHaveLength(appended);
    expect(before.rm_tasks).toHaveLength(SINGLE_TASKS + COMMUNE_TASKS);
    expect(before.rm_task_groups).toHaveLength(4);

    const building = await world.generations.createBuilding();
    world.runner(building.schema, { batchSize: 500 }).start();
    await world.caughtUp(building.schema, 120_000);
    expect(await readModelRows(world, building.schema)).toEqual(before);

    // And the queries answer from it: the live generation's store, today in Huế.
    const store = new PostgresReadModelStore(world.pool, world.generations, world.store);
    const clock = new FixedClock(new Date('2026-07-01T02:00:00.000Z'));
    const page = await new TaskListQueries(store, clock).list({ limit: 200 });
    expect(page.total).toBe(SINGLE_TASKS + COMMUNE_TASKS);
    const dashboard = await new DashboardQueries(store, clock).byPlan('kh-495', {});
    expect(dashboard.groups.map((group) => group.total + group.cancelled)).toEqual([40, 40, 40, 40]);
    expect(dashboard.totals.total).toBe(
      dashboard.sections.reduce((sum, section) => sum + section.counts.total, 0),
    );
  });
});
