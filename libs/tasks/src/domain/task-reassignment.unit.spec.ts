import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
import type { ReassignTask } from './task.commands';
import { taskDecider } from './task.decider';
import type { TaskEvent } from './task.events';
import type { AssignedTaskState } from './task.state';
import {
  asLead,
  asOutsider,
  asStandingOffice,
  assigned,
  cancelled,
  completed,
  completionAccepted,
  COORDINATOR,
  extensionRequested,
  inProgress,
  LEAD,
  OUTSIDER,
  TASK_ID,
} from './task.test-fixtures';

const reassign = (overrides: Partial<ReassignTask['data']> = {}): ReassignTask => ({
  type: 'ReassignTask',
  data: { taskId: TASK_ID, toAgencyId: OUTSIDER, reason: 'Đúng chức năng của phường', ...overrides },
});
const reassigned = (toAgencyId = OUTSIDER, cause: 'manual' | 'agency_merger' = 'manual'): TaskEvent => ({
  type: 'TaskReassigned',
  data: { taskId: TASK_ID, fromAgencyId: LEAD, toAgencyId, reason: 'Đúng chức năng của phường', cause },
});

describe('Task: reassignment', () => {
  it('moves an open task to a different agency, manual unless said otherwise', () => {
    givenEvents(taskDecider, inProgress()).when(reassign(), asStandingOffice()).then([reassigned()]);
    givenEvents(taskDecider, [assigned()])
      .when(reassign({ cause: 'agency_merger' }), asStandingOffice())
      .then([reassigned(OUTSIDER, 'agency_merger')]);
  });

  it('resets acknowledgement: the new agency must acknowledge, the former one can no longer act', () => {
    const history = [...inProgress(), reassigned()];
    const state = fold(taskDecider, history) as AssignedTaskState;
    expect(state).toMatchObject({ status: 'assigned', acknowledged: false, leadAgencyId: OUTSIDER });
    givenEvents(taskDecider, history)
      .when({ type: 'CompleteTask', data: { taskId: TASK_ID, result: 'x' } }, asOutsider())
      .thenFails('task.not_acknowledged');
    givenEvents(taskDecider, history)
      .when({ type: 'AcknowledgeTask', data: { taskId: TASK_ID } }, asLead())
      .thenFails('task.not_lead_agency');
    givenEvents(taskDecider, history)
      .when({ type: 'AcknowledgeTask', data: { taskId: TASK_ID } }, asOutsider())
      .then([{ type: 'TaskAcknowledged', data: { taskId: TASK_ID, agencyId: OUTSIDER } }]);
  });

  it('to a coordinating agency makes it the lead and removes it from the coordinating agencies', () => {
    const state = fold(taskDecider, [...inProgress(), reassigned(COORDINATOR)]) as AssignedTaskState;
    expect(state.leadAgencyId).toBe(COORDINATOR);
    expect(state.coordinatingAgencyIds).toEqual([]);
  });

  it('lets the former lead’s pending extension request lapse', () => {
    const state = fold(taskDecider, [
      ...inProgress(),
      extensionRequested(),
      reassigned(),
    ]) as AssignedTaskState;
    expect(state.pendingExtension).toBeNull();
  });

  it('keeps a completion awaiting review; the new agency inherits the review', () => {
    const history = [...inProgress(), completed(), reassigned()];
    expect(fold(taskDecider, history)).toMatchObject({
      status: 'completed',
      completedOn: '2026-06-20',
      leadAgencyId: OUTSIDER,
    });
    const returned: TaskEvent = { type: 'CompletionReturned', data: { taskId: TASK_ID, reason: 'r' } };
    expect(fold(taskDecider, [...history, returned])).toMatchObject({
      status: 'assigned',
      acknowledged: false,
    });
  });

  it('is refused to the agency that already leads the task', () => {
    const violation = givenEvents(taskDecider, inProgress())
      .when(reassign({ toAgencyId: LEAD }), asStandingOffice())
      .thenFails('task.same_agency');
    expect(violation.kind).toBe('state_conflict');
    expect(violation.message).toBe(
      `Task ${TASK_ID} is already led by agency ${LEAD}; reassign it to a different agency.`,
    );
  });

  it('is refused on a closed task', () => {
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when(reassign(), asStandingOffice())
      .thenFails('task.closed');
    givenEvents(taskDecider, [...inProgress(), completed(), completionAccepted])
      .when(reassign(), asStandingOffice())
      .thenFails('task.closed');
  });

  it('needs a target agency, a reason and a known cause', () => {
    givenEvents(taskDecider, inProgress())
      .when(reassign({ toAgencyId: '' }), asStandingOffice())
      .thenFails('task.agency_required');
    givenEvents(taskDecider, inProgress())
      .when(reassign({ reason: ' ' }), asStandingOffice())
      .thenFails('task.reason_required');
    givenEvents(taskDecider, inProgress())
      .when(reassign({ cause: 'whim' as never }), asStandingOffice())
      .thenFails('task.invalid_reassignment_cause');
  });
});
