import { givenEvents } from '@giaoviec/kernel/testing';
import { fold, type DecisionContext } from '@giaoviec/kernel';
import type { SubmitPeriodicReport, TaskCommand } from './task.commands';
import { taskDecider } from './task.decider';
import type { TaskEvent } from './task.events';
import type { AssignedTaskState } from './task.state';
import { isTaskOverdue } from './task-status-category';
import {
  asCoordinator,
  asLead,
  assignCommand,
  assigned,
  asStandingOffice,
  asSystem,
  escalated,
  extensionRequested,
  inProgress,
  LEAD,
  periodicReportSubmitted,
  q2Opened,
  q3Opened,
  q4Opened,
  QUARTERLY_KPI_REPORT,
  recurringInProgress,
  TASK_ID,
} from './task.test-fixtures';

const submit = (
  periodKey: string,
  overrides: Partial<SubmitPeriodicReport['data']> = {},
): SubmitPeriodicReport => ({
  type: 'SubmitPeriodicReport',
  data: {
    taskId: TASK_ID,
    reportId: `report-${periodKey}`,
    periodKey,
    summary: ' Báo cáo kết quả KPI ',
    ...overrides,
  },
});

/** Decides and matches the events loosely: nested members the test does not name are not compared. */
function expectDecided(
  history: readonly TaskEvent[],
  [command, context]: [TaskCommand, DecisionContext],
  expected: readonly object[],
): TaskEvent[] {
  const events = taskDecider.decide(command, fold(taskDecider, history), context);
  expect(events).toMatchObject(expected);
  expect(events).toHaveLength(expected.length);
  return events;
}

const stateAfter = (events: readonly TaskEvent[]) => fold(taskDecider, events) as AssignedTaskState;

describe('Task: a recurring report is assigned with its first period', () => {
  it('derives the first period from the day it is assigned, and opens it', () => {
    expectDecided(
      [],
      [assignCommand({ dueDate: null, recurrence: QUARTERLY_KPI_REPORT }), asStandingOffice('2026-05-15')],
      [
        { type: 'TaskAssigned', data: { dueDate: '2026-06-20', recurrence: QUARTERLY_KPI_REPORT } },
        {
          type: 'RecurringPeriodOpened',
          data: {
            taskId: TASK_ID,
            period: { key: '2026-Q2', start: '2026-04-01', end: '2026-06-30' },
            dueDate: '2026-06-20',
          },
        },
      ],
    );
  });

  it('never starts overdue: assigned after this quarter’s deadline, the next quarter is the first', () => {
    expectDecided(
      [],
      [assignCommand({ dueDate: null, recurrence: QUARTERLY_KPI_REPORT }), asStandingOffice('2026-06-21')],
      [{ type: 'TaskAssigned', data: { dueDate: '2026-09-20' } }, q3Opened()],
    );
  });

  it('takes an explicit first deadline when it is a deadline of the recurrence', () => {
    expectDecided(
      [],
      [
        assignCommand({ dueDate: '2026-09-20', recurrence: QUARTERLY_KPI_REPORT }),
        asStandingOffice('2026-05-15'),
      ],
      [{ type: 'TaskAssigned', data: { dueDate: '2026-09-20' } }, q3Opened()],
    );
  });

  it('refuses a first deadline that no period of the recurrence has, naming the next one', () => {
    const violation = givenEvents(taskDecider, [])
      .when(
        assignCommand({ dueDate: '2026-06-30', recurrence: QUARTERLY_KPI_REPORT }),
        asStandingOffice('2026-05-15'),
      )
      .thenFails('task.invalid_recurrence');
    expect(violation.kind).toBe('unprocessable');
    expect(violation.details).toMatchObject({ nextDeadline: '2026-09-20', periodKey: '2026-Q3' });
  });

  it('refuses a deadline day or month offset out of range', () => {
    for (const recurrence of [
      { frequency: 'monthly', dueDayOfMonth: 0 },
      { frequency: 'monthly', dueDayOfMonth: 32 },
      { frequency: 'monthly', dueDayOfMonth: 1.5 },
      { frequency: 'quarterly', dueMonthsAfterPeriodEnd: 12 },
    ] as const) {
      givenEvents(taskDecider, [])
        .when(assignCommand({ dueDate: null, recurrence }), asStandingOffice())
        .thenFails('task.invalid_recurrence');
    }
  });
});

describe('Task: periodic reports', () => {
  it('are judged on time against the period’s deadline, and the next period opens', () => {
    givenEvents(taskDecider, recurringInProgress())
      .when(submit('2026-Q2'), asLead('2026-06-20'))
      .then([
        {
          type: 'PeriodicReportSubmitted',
          data: {
            taskId: TASK_ID,
            reportId: 'report-2026-Q2',
            agencyId: LEAD,
            period: { key: '2026-Q2', start: '2026-04-01', end: '2026-06-30' },
            dueDate: '2026-06-20',
            summary: 'Báo cáo kết quả KPI',
            reportedOn: '2026-06-20',
            onTime: true,
          },
        },
        q3Opened(),
      ]);
  });

  it('are judged late after the deadline; until then the period is overdue like any task', () => {
    const history = recurringInProgress();
    expect(isTaskOverdue(stateAfter(history), '2026-06-21')).toBe(true);
    expectDecided(
      history,
      [submit('2026-Q2'), asLead('2026-07-02')],
      [
        {
          type: 'PeriodicReportSubmitted',
          data: { reportedOn: '2026-07-02', dueDate: '2026-06-20', onTime: false },
        },
        q3Opened(),
      ],
    );
  });

  it('are judged against an extended deadline when the period was extended', () => {
    const history = [
      ...recurringInProgress(),
      extensionRequested('ext-1', '2026-07-10', '2026-06-20'),
      {
        type: 'ExtensionGranted',
        data: {
          taskId: TASK_ID,
          requestId: 'ext-1',
          previousDueDate: '2026-06-20',
          newDueDate: '2026-07-10',
        },
      } as const,
    ];
    expectDecided(
      history,
      [submit('2026-Q2'), asLead('2026-07-02')],
      [{ type: 'PeriodicReportSubmitted', data: { dueDate: '2026-07-10', onTime: true } }, q3Opened()],
    );
  });

  it('move the task to the next period: its deadline, a fresh escalation, the record of the past one', () => {
    const history = [...recurringInProgress(), escalated('standing_office', 3, '2026-06-20')];
    const state = stateAfter([...history, periodicReportSubmitted(q2Opened(), '2026-07-02'), q3Opened()]);
    expect(state).toMatchObject({
      dueDate: '2026-09-20',
      periodInHand: { key: '2026-Q3' },
      escalationLevel: null,
      periodReports: [
        { periodKey: '2026-Q2', dueDate: '2026-06-20', reportedOn: '2026-07-02', onTime: false },
      ],
    });
  });

  it('refuse a period that is not in hand, saying which one is', () => {
    for (const key of ['2026-Q3', '2026-Q1', '2026-06']) {
      const violation = givenEvents(taskDecider, recurringInProgress())
        .when(submit(key), asLead('2026-06-01'))
        .thenFails('recurrence.period_not_in_hand');
      expect(violation.kind).toBe('unprocessable');
      expect(violation.details).toMatchObject({ periodInHand: '2026-Q2', dueDate: '2026-06-20' });
    }
  });

  it('are the lead agency’s, once it has acknowledged the task', () => {
    givenEvents(taskDecider, recurringInProgress())
      .when(submit('2026-Q2'), asCoordinator())
      .thenFails('task.not_lead_agency');
    givenEvents(taskDecider, recurringInProgress().slice(0, 2))
      .when(submit('2026-Q2'), asLead())
      .thenFails('task.not_acknowledged');
  });

  it('are refused on a task that does not recur', () => {
    givenEvents(taskDecider, inProgress())
      .when(submit('2026-Q2'), asLead())
      .thenFails('recurrence.not_recurring');
  });

  it('end the recurrence after the last period owed; then the task can be completed, not before', () => {
    const throughQ3 = [
      ...recurringInProgress(),
      periodicReportSubmitted(q2Opened(), '2026-06-18'),
      q3Opened(),
      periodicReportSubmitted(q3Opened(), '2026-09-18'),
      q4Opened(),
    ];
    const complete = {
      type: 'CompleteTask',
      data: { taskId: TASK_ID, result: 'Đã báo cáo đủ các quý' },
    } as const;
    givenEvents(taskDecider, throughQ3)
      .when(complete, asLead('2026-10-01'))
      .thenFails('recurrence.period_still_owed');

    const lastReport = expectDecided(
      throughQ3,
      [submit('2026-Q4'), asLead('2026-12-19')],
      [
        { type: 'PeriodicReportSubmitted', data: { period: { key: '2026-Q4' }, onTime: true } },
        { type: 'RecurrenceEnded', data: { taskId: TASK_ID, lastPeriodKey: '2026-Q4', until: '2026-12-31' } },
      ],
    );
    const ended = [...throughQ3, ...lastReport];
    expect(stateAfter(ended)).toMatchObject({ dueDate: null, periodInHand: null, recurrenceEnded: true });
    givenEvents(taskDecider, ended)
      .when(submit('2027-Q1'), asLead('2027-01-05'))
      .thenFails('recurrence.no_period_in_hand');
    expectDecided(
      ended,
      [complete, asLead('2027-01-05')],
      [{ type: 'TaskCompleted', data: { dueDate: null } }],
    );
  });

  it('let a reminder about the reported period be refused as stale, and one about the next accepted', () => {
    const history = [...recurringInProgress(), periodicReportSubmitted(q2Opened(), '2026-06-18'), q3Opened()];
    const reminder = (dueDate: string) =>
      ({
        type: 'RecordReminderSent',
        data: {
          taskId: TASK_ID,
          kind: 'before_due_7d',
          channel: 'email',
          recipients: ['a@hue.gov.vn'],
          dueDate,
        },
      }) as const;
    givenEvents(taskDecider, history)
      .when(reminder('2026-06-20'), asSystem())
      .thenFails('reminder.stale_due_date');
    expectDecided(
      history,
      [reminder('2026-09-20'), asSystem('2026-09-13')],
      [{ type: 'ReminderSent', data: { dueDate: '2026-09-20' } }],
    );
  });
});

describe('Task: a recurring report recorded before periods existed', () => {
  const legacy = () => [
    assigned({ dueDate: null, recurrence: { frequency: 'yearly', until: '2030-12-31' } }),
  ];
  const open = { type: 'OpenRecurringPeriod', data: { taskId: TASK_ID } } as const;

  it('had no due date and was never overdue; opening its periods starts with the one due today or later', () => {
    expect(stateAfter(legacy())).toMatchObject({ dueDate: null, periodInHand: null });
    givenEvents(taskDecider, legacy())
      .when(open, asStandingOffice('2026-12-07'))
      .then([
        {
          type: 'RecurringPeriodOpened',
          data: {
            taskId: TASK_ID,
            period: { key: '2026', start: '2026-01-01', end: '2026-12-31' },
            dueDate: '2026-12-31',
          },
        },
      ]);
  });

  it('is refused once periods have started, so no owed period is skipped, and on a task that does not recur', () => {
    givenEvents(taskDecider, recurringInProgress())
      .when(open, asStandingOffice('2026-07-01'))
      .thenFails('recurrence.already_started');
    givenEvents(taskDecider, inProgress())
      .when(open, asStandingOffice())
      .thenFails('recurrence.not_recurring');
    givenEvents(taskDecider, legacy())
      .when(open, asStandingOffice('2031-01-02'))
      .thenFails('recurrence.no_period_in_hand');
  });
});
