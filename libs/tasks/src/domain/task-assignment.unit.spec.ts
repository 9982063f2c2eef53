import { givenEvents } from '@giaoviec/kernel/testing';
import type { TaskCommand } from './task.commands';
import { taskDecider } from './task.decider';
import { TASK_RULES } from './task-rules';
import {
  asLead,
  asStandingOffice,
  assignCommand,
  assigned,
  COORDINATOR,
  LEAD,
  OUTSIDER,
  PLAN_ENDS_ON,
  STANDING_OFFICE,
  TASK_ID,
  TODAY,
} from './task.test-fixtures';

describe('Task: assignment', () => {
  it('assigns a task to its lead agency, in the name of the assigning agency, on today', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ description: '  Số hoá toàn bộ hồ sơ  ' }), asStandingOffice())
      .then([
        assigned({
          description: 'Số hoá toàn bộ hồ sơ',
          assignedOn: TODAY,
          assignedByAgencyId: STANDING_OFFICE,
        }),
      ]);
  });

  it('records the agency the command names as assigner (the People’s Committee) instead of the actor’s', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ assignedByAgencyId: 'agency-ubnd-tp' }), asStandingOffice())
      .then([assigned({ assignedByAgencyId: 'agency-ubnd-tp', assignedOn: TODAY })]);
  });

  it('keeps a recurring report, a period-end deadline and a fan-out group', () => {
    givenEvents(taskDecider, [])
      .when(
        assignCommand({
          code: null,
          dueDate: '2026-09-30',
          recurrence: { frequency: 'quarterly', until: '2030-12-31' },
          dueDateIsPeriodEnd: true,
          groupId: 'group-7',
        }),
        asStandingOffice(),
      )
      .then([
        assigned({
          code: null,
          dueDate: '2026-09-30',
          recurrence: { frequency: 'quarterly', until: '2030-12-31' },
          dueDateIsPeriodEnd: true,
          groupId: 'group-7',
          assignedOn: TODAY,
        }),
        {
          type: 'RecurringPeriodOpened',
          data: {
            taskId: TASK_ID,
            period: { key: '2026-Q3', start: '2026-07-01', end: '2026-09-30' },
            dueDate: '2026-09-30',
          },
        },
      ]);
  });

  it('accepts a task without a due date ("thường xuyên")', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ dueDate: null }), asStandingOffice())
      .then([assigned({ dueDate: null, assignedOn: TODAY })]);
  });

  it('refuses a due date already past: the task would be escalated the moment it arrives', () => {
    const violation = givenEvents(taskDecider, [])
      .when(assignCommand({ dueDate: '2026-05-31' }), asStandingOffice())
      .thenFails('task.due_date_in_past');
    expect(violation.kind).toBe('unprocessable');
    expect(violation.details).toEqual({ taskId: TASK_ID, dueDate: '2026-05-31', today: TODAY });
  });

  it('accepts a due date of today', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ dueDate: TODAY }), asStandingOffice())
      .then([assigned({ dueDate: TODAY, assignedOn: TODAY })]);
  });

  it('accepts a past due date entered as backdated (an old plan recorded late), and marks the event so', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ dueDate: '2025-12-31', backdated: true }), asStandingOffice())
      .then([assigned({ dueDate: '2025-12-31', assignedOn: TODAY, backdated: true })]);
  });

  it('does not mark a backdated entry whose due date is still ahead', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ backdated: true }), asStandingOffice())
      .then([assigned({ assignedOn: TODAY })]);
  });

  it("refuses a due date after the plan's period ends, backdated or not", () => {
    for (const backdated of [false, true]) {
      const violation = givenEvents(taskDecider, [])
        .when(assignCommand({ dueDate: '2031-01-01', backdated }), asStandingOffice())
        .thenFails('task.due_date_after_plan_period');
      expect(violation.details).toEqual({ taskId: TASK_ID, dueDate: '2031-01-01', planEndsOn: PLAN_ENDS_ON });
    }
  });

  it("refuses a recurrence that runs past the plan's period", () => {
    givenEvents(taskDecider, [])
      .when(
        assignCommand({ dueDate: null, recurrence: { frequency: 'quarterly', until: '2031-03-31' } }),
        asStandingOffice(),
      )
      .thenFails('task.due_date_after_plan_period');
  });

  it('drops duplicate coordinating agencies', () => {
    givenEvents(taskDecider, [])
      .when(
        assignCommand({ coordinatingAgencyIds: [COORDINATOR, OUTSIDER, COORDINATOR] }),
        asStandingOffice(),
      )
      .then([assigned({ coordinatingAgencyIds: [COORDINATOR, OUTSIDER], assignedOn: TODAY })]);
  });

  it('assigns a task only once', () => {
    const violation = givenEvents(taskDecider, [assigned()])
      .when(assignCommand(), asStandingOffice())
      .thenFails('task.already_assigned');
    expect(violation.kind).toBe('state_conflict');
    expect(violation.message).toBe(
      `Task ${TASK_ID} was already assigned to agency ${LEAD} in plan plan-495-KH-UBND; a task is assigned only once.`,
    );
  });

  it.each(['', '   '])('requires a title (%j)', (title) => {
    const violation = givenEvents(taskDecider, [])
      .when(assignCommand({ title }), asStandingOffice())
      .thenFails('task.title_required');
    expect(violation.kind).toBe('unprocessable');
  });

  it('requires a plan and a lead agency', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ planId: '' }), asStandingOffice())
      .thenFails('task.plan_required');
    givenEvents(taskDecider, [])
      .when(assignCommand({ leadAgencyId: ' ' }), asStandingOffice())
      .thenFails('task.lead_agency_required');
  });

  it('refuses a lead agency that is also a coordinating agency', () => {
    const violation = givenEvents(taskDecider, [])
      .when(assignCommand({ coordinatingAgencyIds: [COORDINATOR, LEAD] }), asStandingOffice())
      .thenFails('task.lead_agency_also_coordinating');
    expect(violation.kind).toBe('unprocessable');
    expect(violation.message).toContain(LEAD);
  });

  it.each(['2026-02-30', '30/06/2026', '2026-6-30'])(
    'refuses a due date that is not a calendar date (%s)',
    (dueDate) => {
      const violation = givenEvents(taskDecider, [])
        .when(assignCommand({ dueDate }), asStandingOffice())
        .thenFails('task.invalid_date');
      expect(violation.message).toContain(dueDate);
    },
  );

  it('refuses an unknown recurrence, or one ending before the first deadline', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ recurrence: { frequency: 'weekly' as never } }), asStandingOffice())
      .thenFails('task.invalid_recurrence');
    givenEvents(taskDecider, [])
      .when(assignCommand({ recurrence: { frequency: 'monthly', until: '2026-05-31' } }), asStandingOffice())
      .thenFails('task.invalid_recurrence');
  });

  it('drops blank optional texts instead of storing them', () => {
    const [event] = givenEvents(taskDecider, [])
      .when(assignCommand({ description: '  ', code: ' ' }), asStandingOffice())
      .thenMatch([{ type: 'TaskAssigned' }]);
    expect(event.data).not.toHaveProperty('description');
    expect(event.data).toMatchObject({ code: null });
  });
});

describe('Task: commands on a task that was never assigned', () => {
  const commands: TaskCommand[] = [
    { type: 'AcknowledgeTask', data: { taskId: TASK_ID } },
    { type: 'ReportProgress', data: { taskId: TASK_ID, reportId: 'r', summary: 's' } },
    {
      type: 'RequestExtension',
      data: { taskId: TASK_ID, requestId: 'e', requestedDueDate: '2026-08-01', reason: 'r' },
    },
    { type: 'GrantExtension', data: { taskId: TASK_ID, requestId: 'e' } },
    { type: 'RejectExtension', data: { taskId: TASK_ID, requestId: 'e', reason: 'r' } },
    { type: 'ReassignTask', data: { taskId: TASK_ID, toAgencyId: OUTSIDER, reason: 'r' } },
    { type: 'CompleteTask', data: { taskId: TASK_ID, result: 'r' } },
    { type: 'AcceptCompletion', data: { taskId: TASK_ID } },
    { type: 'ReturnCompletion', data: { taskId: TASK_ID, reason: 'r' } },
    {
      type: 'RecordReminderSent',
      data: {
        taskId: TASK_ID,
        kind: 'due_today',
        channel: 'email',
        recipients: ['a'],
        dueDate: '2026-06-30',
      },
    },
    { type: 'EscalateTask', data: { taskId: TASK_ID, level: 'standing_office' } },
    { type: 'CancelTask', data: { taskId: TASK_ID, reason: 'r' } },
    { type: 'ReopenTask', data: { taskId: TASK_ID, reason: 'r' } },
  ];

  it.each(commands.map((command) => [command.type, command] as const))(
    '%s is refused: the task is not found',
    (_type, command) => {
      const violation = givenEvents(taskDecider, []).when(command, asLead()).thenFails('task.not_found');
      expect(violation.kind).toBe('not_found');
      expect(violation.message).toBe(`Task ${TASK_ID} does not exist.`);
    },
  );
});

describe('TASK_RULES', () => {
  it('gives every rule a dotted code and one of the kernel kinds', () => {
    for (const [code, kind] of Object.entries(TASK_RULES)) {
      expect(code).toMatch(/^[a-z]+\.[a-z_]+$/);
      expect(['state_conflict', 'unprocessable', 'not_found']).toContain(kind);
    }
  });
});
