import { randomUUID } from 'node:crypto';
import { agencyDecider, agencyStreamId, type AgencyKind } from '@giaoviec/agencies';
import type { Actor, DecisionContext, DomainEvent } from '@giaoviec/kernel';
import { localDateAt } from '@giaoviec/kernel';
import { planDecider, planStreamId } from '@giaoviec/planning';
import {
  BENCH_STANDING_OFFICE_ID,
  communeId,
  departmentId,
  NATIONAL_COMMUNES,
  NATIONAL_DEPARTMENTS,
  planId,
  standingOfficeActor,
} from './national-directory';
import { SeededRandom } from './seeded-random';
import { taskLife, type GeneratedEvent, type TaskLifeSettings } from './task-lives';

/** The benchmark's "today" (the API under test runs on a clock fixed to it). */
export const BENCH_TODAY = '2026-06-01';
export const BENCH_PLANS = 20;
const SEED = 20_261_124;

/** A row of the event log as the event store keeps it (global position and time are the store's). */
export interface EventLogRow {
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

const ADMIN: Actor = { userId: 'u-bench-admin', agencyId: BENCH_STANDING_OFFICE_ID, role: 'admin' };

/** The agencies (700 departments, 3,300 communes, the standing office) and the plans, decided by their deciders. */
export function directoryRows(): EventLogRow[] {
  const generated: GeneratedEvent[] = [];
  const at = new Date('2026-01-02T02:00:00.000Z');
  const register = (agencyId: string, name: string, kind: AgencyKind) => {
    const events = agencyDecider.decide(
      { type: 'RegisterAgency', data: { agencyId, name, kind } },
      agencyDecider.initialState(),
      contextOf(ADMIN, at),
    );
    events.forEach((event, index) =>
      generated.push({
        streamId: agencyStreamId(agencyId),
        streamVersion: index + 1,
        event,
        actor: ADMIN,
        occurredAt: at,
      }),
    );
  };
  register(BENCH_STANDING_OFFICE_ID, 'Sở Khoa học và Công nghệ', 'department');
  for (let i = 0; i < NATIONAL_DEPARTMENTS; i++)
    register(departmentId(i), `Sở, ban, ngành số ${i + 1}`, 'department');
  for (let i = 0; i < NATIONAL_COMMUNES; i++) register(communeId(i), `UBND xã số ${i + 1}`, 'commune');
  const chair = standingOfficeActor();
  for (let i = 0; i < BENCH_PLANS; i++) {
    const id = planId(i);
    const events = planDecider.decide(
      {
        type: 'IssuePlan',
        data: {
          planId: id,
          number: `${100 + i}/KH-UBND`,
          title: `Kế hoạch đo tải số ${i + 1} năm 2026`,
          issuedOn: '2026-01-02',
          signer: { name: 'Nguyễn Văn A', title: 'Chủ tịch' },
          issuingAuthority: 'UBND tỉnh',
          period: { from: '2026-01-01', to: '2026-12-31' },
          legalBases: [],
          standingAgencyId: BENCH_STANDING_OFFICE_ID,
        },
      },
      planDecider.initialState(),
      contextOf(chair, at),
    );
    events.forEach((event, index) =>
      generated.push({
        streamId: planStreamId(id),
        streamVersion: index + 1,
        event,
        actor: chair,
        occurredAt: at,
      }),
    );
  }
  return generated.map(toRow);
}

const TASK_SETTINGS: TaskLifeSettings = {
  plans: BENCH_PLANS,
  today: BENCH_TODAY,
  // Most tasks go to communes (a plan fans its tasks out to every commune), the rest to departments.
  leadAgencyOf: (random) =>
    random.chance(0.6)
      ? communeId(random.integer(0, NATIONAL_COMMUNES - 1))
      : departmentId(random.integer(0, NATIONAL_DEPARTMENTS - 1)),
  coordinatingAgenciesOf: (random, lead) => {
    const ids = new Set<string>();
    for (let n = random.integer(0, 2); n > 0; n--)
      ids.add(departmentId(random.integer(0, NATIONAL_DEPARTMENTS - 1)));
    ids.delete(lead);
    return [...ids];
  },
};

/**
 * The tasks `from` .. `from + count - 1`, every event of their lives so far, in the order
 * they happened (so the log interleaves tasks as a real one does). Each task has a random
 * stream of its own seed, so any range can be generated on its own, in any order.
 */
export function taskRows(from: number, count: number): EventLogRow[] {
  const generated: GeneratedEvent[] = [];
  for (let index = from; index < from + count; index++) {
    generated.push(
      ...taskLife(index, new SeededRandom(SEED ^ Math.imul(index + 1, 2_654_435_761)), TASK_SETTINGS),
    );
  }
  generated.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return generated.map(toRow);
}

function contextOf(actor: Actor, now: Date): DecisionContext {
  return { actor, now, today: localDateAt(now) };
}

function toRow(generated: GeneratedEvent): EventLogRow {
  const commandId = randomUUID();
  const event: DomainEvent = generated.event;
  return {
    eventId: randomUUID(),
    streamId: generated.streamId,
    streamVersion: generated.streamVersion,
    type: event.type,
    data: event.data,
    metadata: {
      actor: generated.actor,
      correlationId: commandId,
      causationId: commandId,
      commandId,
      occurredAt: generated.occurredAt.toISOString(),
      // The executor's current metadata version.
      schemaVersion: 1,
    },
  };
}
