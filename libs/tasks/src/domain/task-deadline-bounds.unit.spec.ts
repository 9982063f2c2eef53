import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
import type { TaskCommand } from './task.commands';
import { taskDecider } from './task.decider';
import type { AssignedTaskState } from './task.state';
import {
  asLead,
  asStandingOffice,
  assigned,
  cancelled,
  DUE,
  extensionRequested,
  inProgress,
  LEAD,
  OUTSIDER,
  PLAN_ENDS_ON,
  TASK_ID,
} from './task.test-fixtures';

/**
 * Every later deadline obeys the rule of assignment: from today to the end of the plan's
 * period. The task was assigned 2026-05-15, due 2026-06-30, in a plan that ends 2030-12-31.
 */
const requestExtension = (requestedDueDate: string): TaskCommand => ({
  type: 'RequestExtension',
  data: { taskId: TASK_ID, requestId: 'ext-2', requestedDueDate, reason: 'Chờ kinh phí bổ sung' },
});
const grant = (newDueDate?: string): TaskCommand => ({
  type: 'GrantExtension',
  data: { taskId: TASK_ID, requestId: 'ext-1', newDueDate },
});
const reassign = (newDueDate?: string): TaskCommand => ({
  type: 'ReassignTask',
  data: { taskId: TASK_ID, toAgencyId: OUTSIDER, reason: 'Đúng chức năng của phường', newDueDate },
});
const reopen = (newDueDate: string): TaskCommand => ({
  type: 'ReopenTask',
  data: { taskId: TASK_ID, reason: 'Kết quả chưa đạt yêu cầu', newDueDate },
});

describe('Task: deadlines after assignment', () => {
  describe('an extension request', () => {
    it('is refused to a date already past, even when later than the deadline it extends', () => {
      givenEvents(taskDecider, inProgress())
        .when(requestExtension('2026-07-10'), asLead('2026-07-20'))
        .thenFails('task.due_date_in_past');
    });

    it("is refused beyond the plan's period", () => {
      const violation = givenEvents(taskDecider, inProgress())
        .when(requestExtension('2031-06-30'), asLead())
        .thenFails('task.due_date_after_plan_period');
      expect(violation.details).toEqual({ taskId: TASK_ID, dueDate: '2031-06-30', planEndsOn: PLAN_ENDS_ON });
    });

    it('is accepted from today on, up to the last day of the plan', () => {
      givenEvents(taskDecider, inProgress())
        .when(requestExtension(PLAN_ENDS_ON), asLead())
        .then([extensionRequested('ext-2', PLAN_ENDS_ON)]);
    });
  });

  describe('a granted extension', () => {
    const pending = [...inProgress(), extensionRequested('ext-1', '2026-07-31')];

    it('is refused as asked when the request waited past its own date: grant a later one', () => {
      givenEvents(taskDecider, pending)
        .when(grant(), asStandingOffice('2026-08-05'))
        .thenFails('task.due_date_in_past');
      givenEvents(taskDecider, pending)
        .when(grant('2026-08-31'), asStandingOffice('2026-08-05'))
        .then([
          {
            type: 'ExtensionGranted',
            data: { taskId: TASK_ID, requestId: 'ext-1', previousDueDate: DUE, newDueDate: '2026-08-31' },
          },
        ]);
    });

    it("is refused beyond the plan's period", () => {
      givenEvents(taskDecider, pending)
        .when(grant('2031-01-31'), asStandingOffice())
        .thenFails('task.due_date_after_plan_period');
    });
  });

  describe('a reassignment', () => {
    it('may give the receiving agency a new deadline, which starts escalation afresh', () => {
      const events = givenEvents(taskDecider, inProgress())
        .when(reassign('2026-09-30'), asStandingOffice('2026-07-15'))
        .then([
          {
            type: 'TaskReassigned',
            data: {
              taskId: TASK_ID,
              fromAgencyId: LEAD,
              toAgencyId: OUTSIDER,
              reason: 'Đúng chức năng của phường',
              cause: 'manual',
              newDueDate: '2026-09-30',
            },
          },
        ]);
      const state = fold(taskDecider, [...inProgress(), ...events]) as AssignedTaskState;
      expect({ dueDate: state.dueDate, leadAgencyId: state.leadAgencyId }).toEqual({
        dueDate: '2026-09-30',
        leadAgencyId: OUTSIDER,
      });
    });

    it('keeps the deadline when none is given', () => {
      const [event] = taskDecider.decide(reassign(), fold(taskDecider, inProgress()), asStandingOffice());
      expect(event.data).not.toHaveProperty('newDueDate');
    });

    it("refuses a new deadline already past or beyond the plan's period", () => {
      givenEvents(taskDecider, inProgress())
        .when(reassign('2026-07-01'), asStandingOffice('2026-07-15'))
        .thenFails('task.due_date_in_past');
      givenEvents(taskDecider, inProgress())
        .when(reassign('2031-01-01'), asStandingOffice())
        .thenFails('task.due_date_after_plan_period');
    });
  });

  describe('reopening', () => {
    it("refuses a new deadline already past or beyond the plan's period", () => {
      const closed = [...inProgress(), cancelled()];
      givenEvents(taskDecider, closed)
        .when(reopen('2026-07-01'), asStandingOffice('2026-07-15'))
        .thenFails('task.due_date_in_past');
      givenEvents(taskDecider, closed)
        .when(reopen('2031-01-01'), asStandingOffice())
        .thenFails('task.due_date_after_plan_period');
    });
  });

  it("checks only the past for a task assigned before the plan's end was recorded on it", () => {
    const legacy = [assigned({ planEndsOn: undefined }), ...inProgress().slice(1)];
    givenEvents(taskDecider, legacy)
      .when(requestExtension('2031-06-30'), asLead())
      .then([extensionRequested('ext-2', '2031-06-30')]);
    givenEvents(taskDecider, legacy)
      .when(requestExtension('2026-05-31'), asLead())
      .thenFails('extension.date_not_later');
  });
});
