import { randomUUID } from 'node:crypto';
import { addDays, type Clock, type LocalDate } from '@giaoviec/kernel';
import {
  localInstant,
  planReminders,
  type PlannedReminder,
  type RemindableTask,
  type ReminderPolicyConfig,
} from '@giaoviec/reminders';

/**
 * The morning burst: in production every reminder of a day goes out at `localHour` in Huế
 * at once, whatever its kind. So the benchmark's tasks are shaped (by their due dates and
 * escalation levels) so that the policy gives each of them exactly one reminder on the same
 * morning, spread evenly over every kind the policy knows: days-before reminders, due-today,
 * and both escalations.
 */
export const BURST_DATE: LocalDate = '2026-12-01';

export interface BurstTask extends RemindableTask {
  readonly taskId: string;
}

/** One task shape per kind of reminder that can go out on BURST_DATE. */
function shapes(config: ReminderPolicyConfig): Array<Omit<BurstTask, 'taskId'>> {
  const open = { status: 'assigned' } as const;
  return [
    ...config.daysBefore.map((days) => ({ ...open, dueDate: addDays(BURST_DATE, days) })),
    { ...open, dueDate: BURST_DATE },
    { ...open, dueDate: addDays(BURST_DATE, -config.escalateToStandingOfficeAfterDays) },
    {
      ...open,
      dueDate: addDays(BURST_DATE, -config.escalateToSteeringCommitteeAfterDays),
      escalationLevel: 'standing_office',
    },
  ];
}

export function burstTasks(count: number, config: ReminderPolicyConfig): BurstTask[] {
  const kinds = shapes(config);
  return Array.from({ length: count }, (_, index) => ({
    taskId: randomUUID(),
    ...kinds[index % kinds.length],
  }));
}

/**
 * What the scheduler would plan for the task now, kept to that morning's reminder: the
 * task's later reminders would come due days after the burst. Throws unless the policy gives
 * exactly one, so a policy change cannot silently shrink the burst.
 */
export function morningReminder(task: BurstTask, config: ReminderPolicyConfig, now: Date): PlannedReminder {
  const onTheMorning = planReminders(task, config, now).filter((reminder) => reminder.date === BURST_DATE);
  if (onTheMorning.length !== 1) {
    throw new Error(
      `task due ${String(task.dueDate)} has ${onTheMorning.length} reminders on ${BURST_DATE}, expected 1`,
    );
  }
  return onTheMorning[0];
}

/**
 * The system clock, moved so that the burst's instant (08:00 in Huế on BURST_DATE) falls at
 * the real instant `burstAtMs`: the scheduler computes its delays from it as in production,
 * and BullMQ's timers run on real time.
 */
export class BurstClock implements Clock {
  readonly offsetMs: number;
  constructor(
    config: ReminderPolicyConfig,
    readonly burstAtMs: number,
  ) {
    this.offsetMs = localInstant(BURST_DATE, config.localHour).getTime() - burstAtMs;
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  /** The real instant a reminder planned for `fireAt` comes due. */
  realInstantOf(fireAt: Date | string): number {
    return new Date(fireAt).getTime() - this.offsetMs;
  }
}
