import { localDateAt, vietnamWorkingDays } from '@giaoviec/kernel';
import { reminderKey } from '@giaoviec/tasks';
import {
  allReminders,
  delayUntil,
  localInstant,
  planReminders,
  type ReminderPolicyConfig,
} from './reminder-policy';

const config: ReminderPolicyConfig = {
  daysBefore: [7, 1],
  localHour: 8,
  escalateToStandingOfficeAfterDays: 3,
  escalateToSteeringCommitteeAfterDays: 10,
};
const DUE = '2026-06-30';
const open = { status: 'in_progress' as const, dueDate: DUE };
const kinds = (plan: { kind: string }[]) => plan.map((r) => r.kind);

describe('the reminder policy', () => {
  it('plans 7 and 1 days before, on the day, and escalations 3 and 10 working days overdue, at 08:00 in Huế', () => {
    const plan = planReminders(open, config, new Date('2026-06-01T00:00:00Z'));
    expect(plan.map((r) => [r.kind, r.fireAt.toISOString(), r.daysOverdue, r.escalationLevel])).toEqual([
      ['before_due_7d', '2026-06-23T01:00:00.000Z', -7, undefined],
      ['before_due_1d', '2026-06-29T01:00:00.000Z', -1, undefined],
      ['due_today', '2026-06-30T01:00:00.000Z', 0, undefined],
      ['escalation_standing_office', '2026-07-03T01:00:00.000Z', 3, 'standing_office'],
      ['escalation_steering_committee', '2026-07-14T01:00:00.000Z', 10, 'steering_committee'],
    ]);
    expect(plan.every((r) => r.dueDate === DUE && localDateAt(r.fireAt) === r.date)).toBe(true);
  });

  it('never fires at night: every instant is the configured local hour, whatever the time zone of the server', () => {
    for (const reminder of allReminders(DUE, { ...config, localHour: 9 })) {
      expect(new Date(reminder.fireAt.getTime() + 7 * 3_600_000).getUTCHours()).toBe(9);
    }
    expect(localInstant('2026-01-01', 8).toISOString()).toBe('2026-01-01T01:00:00.000Z');
  });

  it('skips "before" reminders already past: a task assigned two days before its due date gets no 7-day reminder', () => {
    expect(kinds(planReminders(open, config, new Date('2026-06-28T03:00:00Z')))).toEqual([
      'before_due_1d',
      'due_today',
      'escalation_standing_office',
      'escalation_steering_committee',
    ]);
    // The day after the 1-day reminder's day, it is gone: the due-today one says more.
    expect(kinds(planReminders(open, config, localInstant('2026-06-30', 7)))).toEqual([
      'due_today',
      'escalation_standing_office',
      'escalation_steering_committee',
    ]);
  });

  it('sends at once a reminder whose hour has passed on its own day: a task assigned at 15:00, due tomorrow, is reminded that afternoon', () => {
    const assignedAt = localInstant('2026-06-29', 15);
    const plan = planReminders(open, config, assignedAt);
    expect(kinds(plan)).toEqual([
      'before_due_1d',
      'due_today',
      'escalation_standing_office',
      'escalation_steering_committee',
    ]);
    expect(delayUntil(plan[0], assignedAt)).toBe(0);
    expect(delayUntil(plan[1], assignedAt)).toBe(
      localInstant('2026-06-30', 8).getTime() - assignedAt.getTime(),
    );
    // The same at 23:59 in Huế, the last minute of that day.
    expect(kinds(planReminders(open, config, new Date('2026-06-29T16:59:00Z')))[0]).toBe('before_due_1d');
    // Due today and assigned after the hour: the due-today reminder goes out at once.
    expect(kinds(planReminders(open, config, localInstant('2026-06-30', 10)))[0]).toBe('due_today');
  });

  it('keeps escalations that are due, to fire at once', () => {
    const now = new Date('2026-07-20T05:00:00Z');
    const plan = planReminders(open, config, now);
    expect(kinds(plan)).toEqual(['escalation_standing_office', 'escalation_steering_committee']);
    expect(plan.map((r) => delayUntil(r, now))).toEqual([0, 0]);
  });

  it('drops escalations at or below the level reached, and reminders already recorded', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(
      kinds(
        planReminders(
          { ...open, escalationLevel: 'standing_office', remindersSent: [reminderKey('before_due_7d', DUE)] },
          config,
          now,
        ),
      ),
    ).toEqual(['before_due_1d', 'due_today', 'escalation_steering_committee']);
    // A reminder about an earlier deadline does not count for this one.
    expect(
      kinds(planReminders({ ...open, remindersSent: [reminderKey('due_today', '2026-06-15')] }, config, now)),
    ).toContain('due_today');
  });

  it('plans nothing for a task without a deadline, awaiting review, accepted or cancelled', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(planReminders({ status: 'in_progress', dueDate: null }, config, now)).toEqual([]);
    for (const status of ['completed', 'accepted', 'cancelled'] as const) {
      expect(planReminders({ status, dueDate: DUE }, config, now)).toEqual([]);
    }
    expect(kinds(planReminders({ status: 'assigned', dueDate: DUE }, config, now))).toHaveLength(5);
  });

  it('follows the configured days, ignoring duplicates and non-positive days', () => {
    expect(kinds(allReminders(DUE, { ...config, daysBefore: [1, 3, 3, 0] }))).toEqual([
      'before_due_3d',
      'before_due_1d',
      'due_today',
      'escalation_standing_office',
      'escalation_steering_committee',
    ]);
  });

  describe('on the working-day calendar', () => {
    const dates = (dueDate: string) =>
      allReminders(dueDate, config).map((r) => [r.kind, r.date, localDateAt(r.fireAt), r.daysOverdue]);

    it('moves a reminder that would fall in Tết 2026 to the working day before, at the same hour', () => {
      // Due Monday 23/2/2026, the first working day after Tết: the day before is Sunday 22/2, in Tết.
      expect(dates('2026-02-23')).toEqual([
        ['before_due_7d', '2026-02-13', '2026-02-13', -7],
        ['before_due_1d', '2026-02-13', '2026-02-13', -1],
        ['due_today', '2026-02-23', '2026-02-23', 0],
        ['escalation_standing_office', '2026-02-26', '2026-02-26', 3],
        ['escalation_steering_committee', '2026-03-09', '2026-03-09', 10],
      ]);
      for (const r of allReminders('2026-02-23', config)) {
        expect(new Date(r.fireAt.getTime() + 7 * 3_600_000).getUTCHours()).toBe(8);
      }
    });

    it('reminds of a deadline falling on Quốc khánh 2/9/2026 on the last working day before it, and escalates in working days', () => {
      expect(dates('2026-09-02')).toEqual([
        ['before_due_7d', '2026-08-26', '2026-08-26', -7],
        ['before_due_1d', '2026-08-28', '2026-08-28', -1],
        ['due_today', '2026-08-28', '2026-08-28', 0],
        ['escalation_standing_office', '2026-09-07', '2026-09-07', 3],
        ['escalation_steering_committee', '2026-09-16', '2026-09-16', 10],
      ]);
    });

    it('sends nothing on a day off, across Tết 2026 and the known days of 2027', () => {
      for (const due of ['2026-02-16', '2026-02-20', '2026-02-24', '2027-01-04', '2027-09-06']) {
        for (const r of allReminders(due, config))
          expect([r.kind, r.date, vietnamWorkingDays.isWorkingDay(r.date)]).toEqual([r.kind, r.date, true]);
      }
    });

    it('drops a reminder moved before today, as any past one', () => {
      // On Saturday 14/2/2026 the 1-day reminder of a task due 23/2 went out already, on Friday 13/2.
      expect(
        kinds(
          planReminders(
            { status: 'in_progress', dueDate: '2026-02-23' },
            config,
            localInstant('2026-02-14', 9),
          ),
        ),
      ).toEqual(['due_today', 'escalation_standing_office', 'escalation_steering_committee']);
    });
  });
});
