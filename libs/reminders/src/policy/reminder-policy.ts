import {
  addDays,
  localDateAt,
  vietnamWorkingDays,
  type LocalDate,
  type WorkingDayCalendar,
} from '@giaoviec/kernel';
import { ESCALATION_LEVELS, type EscalationLevel, reminderKey, type TaskStatus } from '@giaoviec/tasks';
import type { AppConfig } from '@giaoviec/config';

/**
 * When a task is chased: reminders before its due date, one on the day, and escalations once
 * it is overdue. Pure: the scheduler, the reconciliation and the tests all ask it.
 *
 * Every instant is `localHour` o'clock in Huế (Asia/Ho_Chi_Minh, UTC+7, no daylight saving)
 * on its calendar date, so nothing goes out at 3 a.m., and that date is a working day: a
 * reminder that would fall on a weekend or a holiday goes out on the working day before, and
 * escalations count working days overdue ("quá hạn 3 ngày làm việc").
 */
export type ReminderPolicyConfig = Pick<
  AppConfig['reminders'],
  'daysBefore' | 'localHour' | 'escalateToStandingOfficeAfterDays' | 'escalateToSteeringCommitteeAfterDays'
>;

export type ReminderKind =
  `before_due_${number}d` | 'due_today' | 'escalation_standing_office' | 'escalation_steering_committee';

export const ESCALATION_KINDS: Readonly<Record<EscalationLevel, ReminderKind>> = {
  standing_office: 'escalation_standing_office',
  steering_committee: 'escalation_steering_committee',
};

export interface PlannedReminder {
  readonly kind: ReminderKind;
  /** The deadline it is about. */
  readonly dueDate: LocalDate;
  /** The local calendar date it goes out on. */
  readonly date: LocalDate;
  readonly fireAt: Date;
  /** Negative before the due date; working days after it for an escalation. */
  readonly daysOverdue: number;
  /** Set for an escalation. */
  readonly escalationLevel?: EscalationLevel;
}

/** What the policy needs to know of a task; from its state or from its read-model row. */
export interface RemindableTask {
  readonly status: TaskStatus;
  readonly dueDate: LocalDate | null;
  /** The level already reached for this deadline: escalations at or below it are not planned. */
  readonly escalationLevel?: EscalationLevel | null;
  /** `reminderKey(kind, dueDate)` of the reminders already recorded: not planned again. */
  readonly remindersSent?: readonly string[];
}

const HUE_UTC_OFFSET_HOURS = 7;

/** `hour` o'clock in Huế on `date`. */
export function localInstant(date: LocalDate, hour: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (hour - HUE_UTC_OFFSET_HOURS) * 3_600_000);
}

/** Only a task with work ahead of it (not closed, not awaiting review) and a deadline is chased. */
export function chasedDueDate(task: Pick<RemindableTask, 'status' | 'dueDate'>): LocalDate | null {
  return task.status === 'assigned' || task.status === 'in_progress' ? task.dueDate : null;
}

/** Every reminder the policy gives a deadline, whatever the time now: what to remove when it changes. */
export function allReminders(
  dueDate: LocalDate,
  config: ReminderPolicyConfig,
  calendar: WorkingDayCalendar = vietnamWorkingDays,
): PlannedReminder[] {
  const on = (
    kind: ReminderKind,
    date: LocalDate,
    daysOverdue: number,
    escalationLevel?: EscalationLevel,
  ) => ({
    kind,
    dueDate,
    date,
    fireAt: localInstant(date, config.localHour),
    daysOverdue,
    ...(escalationLevel ? { escalationLevel } : {}),
  });
  const before = (kind: ReminderKind, days: number) =>
    on(kind, calendar.workingDayOnOrBefore(addDays(dueDate, -days)), days === 0 ? 0 : -days);
  // Best known, not settled: a reminder is re-derived when the calendar data is corrected.
  const escalation = (level: EscalationLevel, workingDays: number) =>
    on(ESCALATION_KINDS[level], calendar.addWorkingDaysBestKnown(dueDate, workingDays), workingDays, level);
  const daysBefore = [...new Set(config.daysBefore)].filter((n) => Number.isInteger(n) && n > 0);
  return [
    ...daysBefore.sort((a, b) => b - a).map((n) => before(`before_due_${n}d`, n)),
    before('due_today', 0),
    escalation('standing_office', config.escalateToStandingOfficeAfterDays),
    escalation('steering_committee', config.escalateToSteeringCommitteeAfterDays),
  ];
}

/**
 * The reminders still to send for a task at `now`, in the order they fire. A reminder before
 * (or on) the due date whose day has passed is dropped: a task assigned two days before its
 * deadline gets no 7-day reminder. One whose day is today but whose hour has passed (a task
 * assigned in the afternoon, due tomorrow) is kept and fires at once: it is never silently
 * lost. An escalation that is due is kept, to fire at once.
 */
export function planReminders(
  task: RemindableTask,
  config: ReminderPolicyConfig,
  now: Date,
  calendar: WorkingDayCalendar = vietnamWorkingDays,
): PlannedReminder[] {
  const dueDate = chasedDueDate(task);
  if (dueDate === null) return [];
  const sent = new Set(task.remindersSent ?? []);
  const reached = task.escalationLevel ? ESCALATION_LEVELS.indexOf(task.escalationLevel) : -1;
  const today = localDateAt(now);
  return allReminders(dueDate, config, calendar).filter((reminder) => {
    if (sent.has(reminderKey(reminder.kind, dueDate))) return false;
    if (reminder.escalationLevel) return ESCALATION_LEVELS.indexOf(reminder.escalationLevel) > reached;
    return reminder.fireAt.getTime() > now.getTime() || reminder.date === today;
  });
}

/** How long from `now` until it fires; 0 when it is due already. */
export function delayUntil(reminder: Pick<PlannedReminder, 'fireAt'>, now: Date): number {
  return Math.max(0, reminder.fireAt.getTime() - now.getTime());
}
