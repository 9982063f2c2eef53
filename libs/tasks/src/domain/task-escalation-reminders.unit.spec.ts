import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
import type { EscalationLevel } from './task.events';
import type { RecordReminderSent } from './task.commands';
import { taskDecider } from './task.decider';
import type { AssignedTaskState } from './task.state';
import {
  asSystem,
  asStandingOffice,
  assigned,
  cancelled,
  completed,
  completionAccepted,
  DUE,
  escalated,
  inProgress,
  recurringInProgress,
  reminderSent,
  TASK_ID,
} from './task.test-fixtures';

const escalate = (level: EscalationLevel, reason?: string) =>
  ({ type: 'EscalateTask', data: { taskId: TASK_ID, level, reason } }) as const;
const AFTER_DUE = '2026-07-03';

describe('Task: escalation', () => {
  it('escalates an overdue task to the standing office, counting the working days overdue', () => {
    givenEvents(taskDecider, inProgress())
      .when(escalate('standing_office', 'Quá hạn chưa báo cáo'), asSystem(AFTER_DUE))
      .then([
        {
          type: 'TaskEscalated',
          data: {
            taskId: TASK_ID,
            level: 'standing_office',
            dueDate: DUE,
            daysOverdue: 3,
            reason: 'Quá hạn chưa báo cáo',
          },
        },
      ]);
  });

  it('escalates an unacknowledged overdue task too', () => {
    givenEvents(taskDecider, [assigned()])
      .when(escalate('standing_office'), asSystem('2026-07-01'))
      .then([escalated('standing_office', 1)]);
  });

  it('goes up from the standing office to the Steering Committee', () => {
    givenEvents(taskDecider, [...inProgress(), escalated('standing_office')])
      // 20 calendar days after 30/6, of which 14 are working days.
      .when(escalate('steering_committee'), asStandingOffice('2026-07-20'))
      .then([escalated('steering_committee', 14)]);
  });

  it('may go straight to the Steering Committee', () => {
    givenEvents(taskDecider, inProgress())
      .when(escalate('steering_committee'), asStandingOffice(AFTER_DUE))
      .then([escalated('steering_committee')]);
  });

  it('is refused at the level already reached', () => {
    const violation = givenEvents(taskDecider, [...inProgress(), escalated('standing_office')])
      .when(escalate('standing_office'), asSystem(AFTER_DUE))
      .thenFails('task.already_escalated');
    expect(violation.kind).toBe('state_conflict');
    expect(violation.message).toBe(
      `Task ${TASK_ID} was already escalated to standing_office for due date ${DUE}.`,
    );
  });

  it('never goes down', () => {
    givenEvents(taskDecider, [...inProgress(), escalated('steering_committee')])
      .when(escalate('standing_office'), asSystem(AFTER_DUE))
      .thenFails('task.escalation_not_higher');
  });

  it('is refused on the due date itself and before: a task is overdue from the next day', () => {
    const violation = givenEvents(taskDecider, inProgress())
      .when(escalate('standing_office'), asSystem(DUE))
      .thenFails('task.not_overdue');
    expect(violation.message).toBe(
      `Task ${TASK_ID} is due on ${DUE} and is not overdue on ${DUE}; only an overdue task is escalated.`,
    );
  });

  it('is refused on a task without a due date, a closed one, or one awaiting review', () => {
    givenEvents(taskDecider, [assigned({ dueDate: null })])
      .when(escalate('standing_office'), asSystem(AFTER_DUE))
      .thenFails('task.no_due_date');
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when(escalate('standing_office'), asSystem(AFTER_DUE))
      .thenFails('task.closed');
    givenEvents(taskDecider, [...inProgress(), completed('2026-07-01'), completionAccepted])
      .when(escalate('standing_office'), asSystem(AFTER_DUE))
      .thenFails('task.closed');
    givenEvents(taskDecider, [...inProgress(), completed('2026-07-01')])
      .when(escalate('standing_office'), asSystem(AFTER_DUE))
      .thenFails('task.awaiting_review');
  });

  it('refuses an unknown level', () => {
    givenEvents(taskDecider, inProgress())
      .when(escalate('prime_minister' as EscalationLevel), asSystem(AFTER_DUE))
      .thenFails('task.invalid_escalation_level');
  });

  it('starts again from none for a new deadline (reopened with a new due date)', () => {
    const history = [
      ...inProgress(),
      escalated('steering_committee'),
      cancelled(),
      { type: 'TaskReopened', data: { taskId: TASK_ID, reason: 'r', newDueDate: '2026-08-31' } } as const,
    ];
    givenEvents(taskDecider, history)
      // 31/8 to 2/9/2026 are off (Quốc khánh): 3/9 and 4/9 are its first two working days overdue.
      .when(escalate('standing_office'), asSystem('2026-09-04'))
      .then([escalated('standing_office', 2, '2026-08-31')]);
  });
});

describe('Task: reminders sent', () => {
  const record = (overrides: Partial<RecordReminderSent['data']> = {}): RecordReminderSent => ({
    type: 'RecordReminderSent',
    data: {
      taskId: TASK_ID,
      kind: 'before_due_7d',
      channel: 'email',
      recipients: ['officer@soxaydung.hue.gov.vn'],
      dueDate: DUE,
      ...overrides,
    },
  });

  it('records a reminder sent about the current due date', () => {
    givenEvents(taskDecider, inProgress()).when(record(), asSystem('2026-06-23')).then([reminderSent()]);
    givenEvents(taskDecider, [assigned()])
      .when(record({ kind: 'overdue' }), asSystem('2026-07-01'))
      .then([reminderSent('overdue')]);
  });

  it('names the period whose report was owed when the task recurs', () => {
    givenEvents(taskDecider, recurringInProgress())
      .when(record({ dueDate: '2026-06-20' }), asSystem('2026-06-13'))
      .then([
        {
          type: 'ReminderSent',
          data: { ...reminderSent('before_due_7d', '2026-06-20').data, periodKey: '2026-Q2' },
        },
      ]);
  });

  it('records the same reminder at most once: a repeat decides nothing, so a retried job succeeds', () => {
    givenEvents(taskDecider, [...inProgress(), reminderSent()])
      .when(record(), asSystem('2026-06-23'))
      .then([]);
    givenEvents(taskDecider, [...inProgress(), reminderSent()])
      .when(record({ channel: 'in_app' }), asSystem('2026-06-23'))
      .then([]);
  });

  it('stays a no-op for a repeat even after the task closed', () => {
    givenEvents(taskDecider, [...inProgress(), reminderSent(), cancelled()])
      .when(record(), asSystem('2026-06-24'))
      .then([]);
  });

  it('records another kind, or the same kind for a new deadline', () => {
    givenEvents(taskDecider, [...inProgress(), reminderSent()])
      .when(record({ kind: 'before_due_1d' }), asSystem('2026-06-29'))
      .then([reminderSent('before_due_1d')]);
    const extended = [
      ...inProgress(),
      reminderSent(),
      {
        type: 'ExtensionGranted',
        data: { taskId: TASK_ID, requestId: 'e', previousDueDate: DUE, newDueDate: '2026-07-31' },
      } as const,
    ];
    givenEvents(taskDecider, extended)
      .when(record({ dueDate: '2026-07-31' }), asSystem('2026-07-24'))
      .then([reminderSent('before_due_7d', '2026-07-31')]);
  });

  it('refuses a reminder about a deadline no longer in force (the task was extended)', () => {
    const extended = [
      ...inProgress(),
      {
        type: 'ExtensionGranted',
        data: { taskId: TASK_ID, requestId: 'e', previousDueDate: DUE, newDueDate: '2026-07-31' },
      } as const,
    ];
    const violation = givenEvents(taskDecider, extended)
      .when(record(), asSystem('2026-06-23'))
      .thenFails('reminder.stale_due_date');
    expect(violation.message).toBe(
      `The before_due_7d reminder on task ${TASK_ID} concerns due date ${DUE}, but the task is now due on 2026-07-31.`,
    );
  });

  it('is refused for a closed task or one awaiting review', () => {
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when(record(), asSystem())
      .thenFails('task.closed');
    givenEvents(taskDecider, [...inProgress(), completed(), completionAccepted])
      .when(record(), asSystem())
      .thenFails('task.closed');
    givenEvents(taskDecider, [...inProgress(), completed()])
      .when(record(), asSystem())
      .thenFails('task.awaiting_review');
  });

  it('is refused for a task without a due date', () => {
    givenEvents(taskDecider, [assigned({ dueDate: null })])
      .when(record(), asSystem())
      .thenFails('task.no_due_date');
  });

  it('needs a kind, a channel and at least one recipient', () => {
    givenEvents(taskDecider, inProgress())
      .when(record({ kind: '' }), asSystem())
      .thenFails('reminder.invalid');
    givenEvents(taskDecider, inProgress())
      .when(record({ channel: ' ' }), asSystem())
      .thenFails('reminder.invalid');
    givenEvents(taskDecider, inProgress())
      .when(record({ recipients: [] }), asSystem())
      .thenFails('reminder.invalid');
    givenEvents(taskDecider, inProgress())
      .when(record({ recipients: ['a@b', ''] }), asSystem())
      .thenFails('reminder.invalid');
  });

  it('folds the reminder into the state under its kind and deadline', () => {
    expect((fold(taskDecider, [...inProgress(), reminderSent()]) as AssignedTaskState).remindersSent).toEqual(
      [`before_due_7d@${DUE}`],
    );
  });
});
