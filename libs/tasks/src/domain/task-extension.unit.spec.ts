import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
import type { GrantExtension, RejectExtension, RequestExtension } from './task.commands';
import { taskDecider } from './task.decider';
import type { TaskEvent } from './task.events';
import type { AssignedTaskState } from './task.state';
import {
  asCoordinator,
  asLead,
  asStandingOffice,
  assigned,
  cancelled,
  completed,
  DUE,
  escalated,
  extensionRequested,
  inProgress,
  LEAD,
  OUTSIDER,
  TASK_ID,
} from './task.test-fixtures';

const request = (overrides: Partial<RequestExtension['data']> = {}): RequestExtension => ({
  type: 'RequestExtension',
  data: {
    taskId: TASK_ID,
    requestId: 'ext-1',
    requestedDueDate: '2026-07-31',
    reason: 'Chờ kinh phí bổ sung',
    ...overrides,
  },
});
const grant = (overrides: Partial<GrantExtension['data']> = {}): GrantExtension => ({
  type: 'GrantExtension',
  data: { taskId: TASK_ID, requestId: 'ext-1', ...overrides },
});
const reject = (overrides: Partial<RejectExtension['data']> = {}): RejectExtension => ({
  type: 'RejectExtension',
  data: { taskId: TASK_ID, requestId: 'ext-1', reason: 'Không có cơ sở gia hạn', ...overrides },
});
const granted = (requestId = 'ext-1', newDueDate = '2026-07-31'): TaskEvent => ({
  type: 'ExtensionGranted',
  data: { taskId: TASK_ID, requestId, previousDueDate: DUE, newDueDate },
});
const pending = [...inProgress(), extensionRequested()];

describe('Task: extension requests', () => {
  it('are made by the lead agency, to a date later than the current due date', () => {
    givenEvents(taskDecider, inProgress()).when(request(), asLead()).then([extensionRequested()]);
  });

  it('are refused from another agency', () => {
    givenEvents(taskDecider, inProgress()).when(request(), asCoordinator()).thenFails('task.not_lead_agency');
  });

  it('are refused before the lead agency acknowledged the task', () => {
    givenEvents(taskDecider, [assigned()]).when(request(), asLead()).thenFails('task.not_acknowledged');
  });

  it('allow one pending request at a time', () => {
    const violation = givenEvents(taskDecider, pending)
      .when(request({ requestId: 'ext-2', requestedDueDate: '2026-08-31' }), asLead())
      .thenFails('extension.already_pending');
    expect(violation.kind).toBe('state_conflict');
    expect(violation.message).toBe(
      `Task ${TASK_ID} already has extension request ext-1 (to 2026-07-31) pending; wait until it is granted or rejected.`,
    );
  });

  it.each([DUE, '2026-06-15'])(
    'refuse a requested date that is not later than the due date (%s)',
    (requestedDueDate) => {
      const violation = givenEvents(taskDecider, inProgress())
        .when(request({ requestedDueDate }), asLead())
        .thenFails('extension.date_not_later');
      expect(violation.kind).toBe('unprocessable');
      expect(violation.message).toBe(
        `The requested due date ${requestedDueDate} of task ${TASK_ID} must be later than its current due date ${DUE}.`,
      );
    },
  );

  it('need a reason and a real date', () => {
    givenEvents(taskDecider, inProgress())
      .when(request({ reason: '' }), asLead())
      .thenFails('task.reason_required');
    givenEvents(taskDecider, inProgress())
      .when(request({ requestedDueDate: '2026-13-01' }), asLead())
      .thenFails('task.invalid_date');
  });

  it('are refused on a task without a due date', () => {
    givenEvents(taskDecider, [
      assigned({ dueDate: null }),
      { type: 'TaskAcknowledged', data: { taskId: TASK_ID, agencyId: LEAD } },
    ])
      .when(request(), asLead())
      .thenFails('task.no_due_date');
  });

  it('are refused on a closed task or one awaiting review', () => {
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when(request(), asLead())
      .thenFails('task.closed');
    givenEvents(taskDecider, [...inProgress(), completed()])
      .when(request(), asLead())
      .thenFails('task.awaiting_review');
  });

  it('cannot reuse the id of a request already decided', () => {
    givenEvents(taskDecider, [...pending, granted()])
      .when(request({ requestedDueDate: '2026-08-31' }), asLead())
      .thenFails('extension.already_decided');
  });
});

describe('Task: granting and rejecting an extension', () => {
  it('granting moves the due date to the requested one', () => {
    givenEvents(taskDecider, pending)
      .when(grant({ note: 'Đồng ý' }), asStandingOffice())
      .then([
        {
          type: 'ExtensionGranted',
          data: {
            taskId: TASK_ID,
            requestId: 'ext-1',
            previousDueDate: DUE,
            newDueDate: '2026-07-31',
            note: 'Đồng ý',
          },
        },
      ]);
    const state = fold(taskDecider, [...pending, granted()]) as AssignedTaskState;
    expect(state.dueDate).toBe('2026-07-31');
    expect(state.pendingExtension).toBeNull();
  });

  it('may grant a shorter extension than requested, still later than the due date', () => {
    givenEvents(taskDecider, pending)
      .when(grant({ newDueDate: '2026-07-15' }), asStandingOffice())
      .then([granted('ext-1', '2026-07-15')]);
    givenEvents(taskDecider, pending)
      .when(grant({ newDueDate: DUE }), asStandingOffice())
      .thenFails('extension.date_not_later');
  });

  it('rejecting leaves the due date and frees the way for a new request', () => {
    const rejected: TaskEvent = {
      type: 'ExtensionRejected',
      data: { taskId: TASK_ID, requestId: 'ext-1', reason: 'Không có cơ sở gia hạn' },
    };
    givenEvents(taskDecider, pending).when(reject(), asStandingOffice()).then([rejected]);
    const state = fold(taskDecider, [...pending, rejected]) as AssignedTaskState;
    expect(state.dueDate).toBe(DUE);
    givenEvents(taskDecider, [...pending, rejected])
      .when(request({ requestId: 'ext-2' }), asLead())
      .then([extensionRequested('ext-2')]);
  });

  it('rejecting needs a reason', () => {
    givenEvents(taskDecider, pending)
      .when(reject({ reason: ' ' }), asStandingOffice())
      .thenFails('task.reason_required');
  });

  it('is refused when nothing was requested', () => {
    const violation = givenEvents(taskDecider, inProgress())
      .when(grant(), asStandingOffice())
      .thenFails('extension.not_requested');
    expect(violation.kind).toBe('not_found');
    expect(violation.message).toBe(
      `Task ${TASK_ID} has no extension request ext-1. No extension request is pending.`,
    );
    givenEvents(taskDecider, inProgress())
      .when(reject(), asStandingOffice())
      .thenFails('extension.not_requested');
  });

  it('is refused for a request id other than the pending one', () => {
    const violation = givenEvents(taskDecider, pending)
      .when(grant({ requestId: 'ext-9' }), asStandingOffice())
      .thenFails('extension.not_requested');
    expect(violation.message).toBe(
      `Task ${TASK_ID} has no extension request ext-9. The pending request is ext-1.`,
    );
  });

  it('is refused for a request already granted or rejected', () => {
    const violation = givenEvents(taskDecider, [...pending, granted()])
      .when(grant(), asStandingOffice())
      .thenFails('extension.already_decided');
    expect(violation.kind).toBe('state_conflict');
    givenEvents(taskDecider, [...pending, granted()])
      .when(reject(), asStandingOffice())
      .thenFails('extension.already_decided');
  });

  it('is refused once the request lapsed because the task was completed, reassigned or cancelled', () => {
    givenEvents(taskDecider, [...pending, completed()])
      .when(grant(), asStandingOffice())
      .thenFails('extension.already_decided');
    givenEvents(taskDecider, [
      ...pending,
      {
        type: 'TaskReassigned',
        data: { taskId: TASK_ID, fromAgencyId: LEAD, toAgencyId: OUTSIDER, reason: 'r', cause: 'manual' },
      },
    ])
      .when(grant(), asStandingOffice())
      .thenFails('extension.already_decided');
    givenEvents(taskDecider, [...pending, cancelled()])
      .when(grant(), asStandingOffice())
      .thenFails('task.closed');
  });

  it('a new due date starts escalation afresh', () => {
    const state = fold(taskDecider, [
      ...inProgress(),
      escalated('steering_committee'),
      extensionRequested(),
      granted(),
    ]) as AssignedTaskState;
    expect(state.escalationLevel).toBeNull();
  });
});
