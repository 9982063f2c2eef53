import { readModelProjections } from '@giaoviec/reporting';
import { NATIONAL_COMMUNES, NATIONAL_DEPARTMENTS } from '../../bench/national/national-directory';
import {
  BENCH_PLANS,
  BENCH_TODAY,
  directoryRows,
  taskRows,
  type EventLogRow,
} from '../../bench/national/national-event-log';

/** What a row says, without the ids made fresh on every run. */
const content = (row: EventLogRow) => ({
  streamId: row.streamId,
  streamVersion: row.streamVersion,
  type: row.type,
  data: row.data,
  occurredAt: (row.metadata as { occurredAt: string }).occurredAt,
});

function byStream(rows: readonly EventLogRow[]): Map<string, EventLogRow[]> {
  const streams = new Map<string, EventLogRow[]>();
  for (const row of rows) streams.set(row.streamId, [...(streams.get(row.streamId) ?? []), row]);
  return streams;
}

describe('the national data set of the benchmarks', () => {
  const rows = taskRows(0, 2_000);

  it('registers 700 departments, 3,300 communes and the standing office, and issues the plans', () => {
    const directory = directoryRows();
    const registered = directory.filter((row) => row.type === 'AgencyRegistered');
    const kinds = registered.map((row) => (row.data as { kind: string }).kind);

    expect(registered).toHaveLength(NATIONAL_DEPARTMENTS + NATIONAL_COMMUNES + 1);
    expect(kinds.filter((kind) => kind === 'commune')).toHaveLength(3_300);
    expect(kinds.filter((kind) => kind === 'department')).toHaveLength(701);
    expect(directory.filter((row) => row.type === 'PlanIssued')).toHaveLength(BENCH_PLANS);
  });

  it('gives every task a stream whose versions run 1, 2, 3… in log order', () => {
    const streams = byStream(rows);

    expect(streams.size).toBe(2_000);
    for (const events of streams.values()) {
      expect(events.map((row) => row.streamVersion)).toEqual(events.map((_, index) => index + 1));
      expect(events[0].type).toBe('TaskAssigned');
    }
    const times = rows.map((row) => (row.metadata as { occurredAt: string }).occurredAt);
    expect(times).toEqual([...times].sort());
    expect(times.every((time) => time.slice(0, 10) <= BENCH_TODAY)).toBe(true);
  });

  it('is the same on every run, and any range of tasks can be made on its own', () => {
    const again = byStream(taskRows(0, 2_000));
    const tail = byStream(taskRows(1_500, 500));

    for (const [streamId, events] of byStream(rows)) {
      expect(again.get(streamId)!.map(content)).toEqual(events.map(content));
    }
    for (const [streamId, events] of tail) {
      expect(byStream(rows).get(streamId)!.map(content)).toEqual(events.map(content));
    }
  });

  it('holds the life a plan shows: mostly acknowledged, some done, some late and chased', () => {
    const count = (type: string) => rows.filter((row) => row.type === type).length;

    expect(count('TaskAssigned')).toBe(2_000);
    expect(count('TaskAcknowledged')).toBeGreaterThan(1_400);
    expect(count('ProgressReported')).toBeGreaterThan(800);
    expect(count('TaskCompleted')).toBeGreaterThan(100);
    expect(count('CompletionAccepted')).toBeGreaterThan(50);
    expect(count('ExtensionGranted')).toBeGreaterThan(20);
    expect(count('ReminderSent')).toBeGreaterThan(50);
    expect(count('TaskEscalated')).toBeGreaterThan(10);
  });

  it('holds only events the read models project', () => {
    const projected = new Set(readModelProjections().flatMap((projection) => projection.eventTypes));
    const types = new Set([...rows, ...directoryRows()].map((row) => row.type));

    expect([...types].filter((type) => !projected.has(type))).toEqual([]);
  });
});
