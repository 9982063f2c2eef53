import { addDays, type Actor, type DecisionContext, type DomainEvent, localDateAt } from '@giaoviec/kernel';
import { taskDecider, taskStreamId, type TaskCommand, type TaskState } from '@giaoviec/tasks';
import { officerOf, planId, standingOfficeActor } from './national-directory';
import type { SeededRandom } from './seeded-random';

/** One decided event of the data set, with who decided it and when (in the simulated year). */
export interface GeneratedEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly event: DomainEvent;
  readonly actor: Actor;
  readonly occurredAt: Date;
}

export interface TaskLifeSettings {
  readonly plans: number;
  /** The day the benchmark's clock stands on: deadlines before it are overdue. */
  readonly today: string;
  readonly leadAgencyOf: (random: SeededRandom) => string;
  readonly coordinatingAgenciesOf: (random: SeededRandom, leadAgencyId: string) => string[];
}

/**
 * The life of one task up to the benchmark's "today", decided command by command by the
 * real task decider (so every event is one the system itself would have recorded):
 * assigned by the standing office; mostly acknowledged; often reported on; some extended,
 * completed and accepted; the overdue ones reminded and some escalated. The mix follows
 * what the Huế plans show: most tasks open, a quarter done, a few late and chased.
 */
export function taskLife(index: number, random: SeededRandom, settings: TaskLifeSettings): GeneratedEvent[] {
  const taskId = `bench-task-${String(index + 1).padStart(7, '0')}`;
  const streamId = taskStreamId(taskId);
  const assignedOn = addDays('2026-01-05', random.integer(0, 140));
  const dueDate = addDays(assignedOn, random.integer(20, 300));
  const leadAgencyId = settings.leadAgencyOf(random);
  const lead = officerOf(leadAgencyId);
  const chair = standingOfficeActor();
  const events: GeneratedEvent[] = [];
  let state: TaskState = taskDecider.initialState();
  let day = assignedOn;

  // A stream's events are in the log in the order of its versions: nothing happens before the last step.
  let lastDay = assignedOn;
  const decide = (command: TaskCommand, actor: Actor, requestedOn: string): void => {
    const on = requestedOn < lastDay ? lastDay : requestedOn;
    if (on > settings.today) return;
    lastDay = on;
    const occurredAt = new Date(`${on}T02:00:00.000Z`);
    const context: DecisionContext = { actor, now: occurredAt, today: localDateAt(occurredAt) };
    for (const event of taskDecider.decide(command, state, context)) {
      state = taskDecider.evolve(state, event);
      events.push({ streamId, streamVersion: events.length + 1, event, actor, occurredAt });
    }
  };
  const later = (days: number): string => (day = addDays(day, days));

  decide(
    {
      type: 'AssignTask',
      data: {
        taskId,
        planId: planId(index % settings.plans),
        code: `${1 + (index % 9)}.${1 + (index % 13)}`,
        title: `Triển khai nhiệm vụ chuyển đổi số số ${index + 1}`,
        leadAgencyId,
        coordinatingAgencyIds: settings.coordinatingAgenciesOf(random, leadAgencyId),
        dueDate,
        planEndsOn: '2030-12-31',
      },
    },
    chair,
    day,
  );
  if (!random.chance(0.8)) return events;
  decide(
    { type: 'AcknowledgeTask', data: { taskId, note: 'Đã tiếp nhận' } },
    lead,
    later(random.integer(0, 5)),
  );
  for (let report = 0; report < 2 && random.chance(0.55); report++) {
    decide(
      {
        type: 'ReportProgress',
        data: {
          taskId,
          reportId: `${taskId}-r${report + 1}`,
          summary: 'Đã triển khai theo kế hoạch, đang tổng hợp kết quả',
          percentComplete: 30 * (report + 1),
        },
      },
      lead,
      later(random.integer(7, 40)),
    );
  }
  let due = dueDate;
  if (random.chance(0.05) && later(1) < due) {
    const requestedDueDate = addDays(due, 30);
    decide(
      {
        type: 'RequestExtension',
        data: { taskId, requestId: `${taskId}-x1`, requestedDueDate, reason: 'Chờ bố trí kinh phí' },
      },
      lead,
      day,
    );
    decide({ type: 'GrantExtension', data: { taskId, requestId: `${taskId}-x1` } }, chair, later(2));
    due = requestedDueDate;
  }
  // Work takes a few weeks to a few months from the last step; a tenth finishes after its deadline.
  const completes = random.chance(0.45);
  const completedOn = addDays(day, random.integer(10, 120));
  if (completes && completedOn <= settings.today && (completedOn <= due || random.chance(0.1))) {
    day = completedOn;
    decide(
      { type: 'CompleteTask', data: { taskId, result: 'Đã hoàn thành, có báo cáo kèm theo' } },
      lead,
      day,
    );
    if (random.chance(0.6)) decide({ type: 'AcceptCompletion', data: { taskId } }, chair, later(3));
    return events;
  }
  if (due < settings.today && random.chance(0.4)) {
    const overdueOn = addDays(due, 1);
    decide(
      {
        type: 'RecordReminderSent',
        data: { taskId, kind: 'overdue', channel: 'in_app', recipients: [lead.userId], dueDate: due },
      },
      chair,
      overdueOn,
    );
    if (random.chance(0.35)) {
      decide({ type: 'EscalateTask', data: { taskId, level: 'standing_office' } }, chair, addDays(due, 8));
    }
  }
  return events;
}
