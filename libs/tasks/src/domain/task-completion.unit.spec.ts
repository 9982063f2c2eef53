import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
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
  completionAccepted,
  DUE,
  escalated,
  extensionRequested,
  inProgress,
  LEAD,
  OUTSIDER,
  TASK_ID,
} from './task.test-fixtures';

const complete = (result = 'Quy trình đã vận hành') =>
  ({ type: 'CompleteTask', data: { taskId: TASK_ID, result } }) as const;
const accept = (comment?: string) =>
  ({ type: 'AcceptCompletion', data: { taskId: TASK_ID, comment } }) as const;
const giveBack = (reason = 'Thiếu báo cáo đánh giá') =>
  ({ type: 'ReturnCompletion', data: { taskId: TASK_ID, reason } }) as const;
const cancel = (reason = 'Nội dung đã lồng ghép vào nhiệm vụ III.5.1') =>
  ({ type: 'CancelTask', data: { taskId: TASK_ID, reason } }) as const;
const reopen = (newDueDate?: string) =>
  ({
    type: 'ReopenTask',
    data: { taskId: TASK_ID, reason: 'Kết quả chưa đạt yêu cầu của Ban Chỉ đạo', newDueDate },
  }) as const;
const returned: TaskEvent = {
  type: 'CompletionReturned',
  data: { taskId: TASK_ID, reason: 'Thiếu báo cáo đánh giá' },
};
const status = (events: TaskEvent[]) => (fold(taskDecider, events) as AssignedTaskState).status;

describe('Task: completion', () => {
  it('is declared by the lead agency with its result, dated today, recording the deadline in force', () => {
    givenEvents(taskDecider, inProgress())
      .when(complete(), asLead('2026-07-02'))
      .then([completed('2026-07-02', DUE)]);
    expect(status([...inProgress(), completed()])).toBe('completed');
  });

  it('is refused from another agency', () => {
    givenEvents(taskDecider, inProgress())
      .when(complete(), asCoordinator())
      .thenFails('task.not_lead_agency');
  });

  it('is refused before the task was acknowledged', () => {
    givenEvents(taskDecider, [assigned()]).when(complete(), asLead()).thenFails('task.not_acknowledged');
  });

  it('needs a result', () => {
    const violation = givenEvents(taskDecider, inProgress())
      .when(complete('  '), asLead())
      .thenFails('task.result_required');
    expect(violation.kind).toBe('unprocessable');
  });

  it('is declared once until the review returns it', () => {
    givenEvents(taskDecider, [...inProgress(), completed()])
      .when(complete(), asLead())
      .thenFails('task.already_completed');
  });

  it('lets a pending extension request lapse', () => {
    const state = fold(taskDecider, [
      ...inProgress(),
      extensionRequested(),
      completed(),
    ]) as AssignedTaskState;
    expect(state.pendingExtension).toBeNull();
  });
});

describe('Task: review of a completion', () => {
  it('accepts a completed task, which closes it', () => {
    givenEvents(taskDecider, [...inProgress(), completed()])
      .when(accept('Đạt yêu cầu'), asStandingOffice())
      .then([{ type: 'CompletionAccepted', data: { taskId: TASK_ID, comment: 'Đạt yêu cầu' } }]);
    expect(status([...inProgress(), completed(), completionAccepted])).toBe('accepted');
  });

  it('returns a completed task, which is in progress again and may be completed anew', () => {
    givenEvents(taskDecider, [...inProgress(), completed()])
      .when(giveBack(), asStandingOffice())
      .then([returned]);
    const state = fold(taskDecider, [...inProgress(), completed(), returned]) as AssignedTaskState;
    expect(state).toMatchObject({ status: 'in_progress', completedOn: null, dueDateAtCompletion: null });
    givenEvents(taskDecider, [...inProgress(), completed(), returned])
      .when(complete(), asLead('2026-07-10'))
      .then([completed('2026-07-10')]);
  });

  it('needs a reason to return', () => {
    givenEvents(taskDecider, [...inProgress(), completed()])
      .when(giveBack(''), asStandingOffice())
      .thenFails('task.reason_required');
  });

  it('is refused for a task not completed', () => {
    const violation = givenEvents(taskDecider, inProgress())
      .when(accept(), asStandingOffice())
      .thenFails('task.not_completed');
    expect(violation.message).toBe(
      `Task ${TASK_ID} is still in progress; only a completed task can be accepted.`,
    );
    givenEvents(taskDecider, [assigned()])
      .when(giveBack(), asStandingOffice())
      .thenFails('task.not_completed');
  });

  it('is refused once accepted', () => {
    givenEvents(taskDecider, [...inProgress(), completed(), completionAccepted])
      .when(accept(), asStandingOffice())
      .thenFails('task.closed');
    givenEvents(taskDecider, [...inProgress(), completed(), completionAccepted])
      .when(giveBack(), asStandingOffice())
      .thenFails('task.closed');
  });
});

describe('Task: cancellation', () => {
  it.each([
    ['assigned', [assigned()]],
    ['in progress', inProgress()],
    ['awaiting review', [...inProgress(), completed()]],
  ])('cancels an open task (%s)', (_label, history) => {
    givenEvents(taskDecider, history).when(cancel(), asStandingOffice()).then([cancelled()]);
  });

  it('needs a reason', () => {
    givenEvents(taskDecider, inProgress())
      .when(cancel(' '), asStandingOffice())
      .thenFails('task.reason_required');
  });

  it('is refused on a closed task', () => {
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when(cancel(), asStandingOffice())
      .thenFails('task.closed');
    givenEvents(taskDecider, [...inProgress(), completed(), completionAccepted])
      .when(cancel(), asStandingOffice())
      .thenFails('task.closed');
  });
});

describe('Task: reopening', () => {
  it('reopens an accepted task: in progress again, completion forgotten, optionally with a new due date', () => {
    const history = [...inProgress(), completed(), completionAccepted];
    givenEvents(taskDecider, history)
      .when(reopen('2026-09-30'), asStandingOffice())
      .then([
        {
          type: 'TaskReopened',
          data: {
            taskId: TASK_ID,
            reason: 'Kết quả chưa đạt yêu cầu của Ban Chỉ đạo',
            newDueDate: '2026-09-30',
          },
        },
      ]);
    const state = fold(taskDecider, [
      ...history,
      { type: 'TaskReopened', data: { taskId: TASK_ID, reason: 'r', newDueDate: '2026-09-30' } },
    ]) as AssignedTaskState;
    expect(state).toMatchObject({
      status: 'in_progress',
      dueDate: '2026-09-30',
      completedOn: null,
      acknowledged: true,
    });
  });

  it('reopens a cancelled task, keeping its due date when none is given', () => {
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when(reopen(), asStandingOffice())
      .then([
        {
          type: 'TaskReopened',
          data: { taskId: TASK_ID, reason: 'Kết quả chưa đạt yêu cầu của Ban Chỉ đạo' },
        },
      ]);
    const state = fold(taskDecider, [
      ...inProgress(),
      escalated('standing_office'),
      cancelled(),
      { type: 'TaskReopened', data: { taskId: TASK_ID, reason: 'r' } },
    ]) as AssignedTaskState;
    expect(state).toMatchObject({ status: 'in_progress', dueDate: DUE, escalationLevel: 'standing_office' });
  });

  it('reopens a task cancelled before it was acknowledged as still awaiting acknowledgement', () => {
    expect(
      status([assigned(), cancelled(), { type: 'TaskReopened', data: { taskId: TASK_ID, reason: 'r' } }]),
    ).toBe('assigned');
  });

  it.each([
    ['assigned', [assigned()], 'assigned but not acknowledged yet'],
    ['in progress', inProgress(), 'still in progress'],
    ['awaiting review', [...inProgress(), completed()], 'completed and awaiting review'],
  ])('is refused for an open task (%s)', (_label, history, word) => {
    const violation = givenEvents(taskDecider, history)
      .when(reopen(), asStandingOffice())
      .thenFails('task.not_closed');
    expect(violation.kind).toBe('state_conflict');
    expect(violation.message).toBe(
      `Task ${TASK_ID} is ${word}; only an accepted or cancelled task can be reopened.`,
    );
  });

  it('needs a reason and a valid new due date', () => {
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when({ type: 'ReopenTask', data: { taskId: TASK_ID, reason: '' } }, asStandingOffice())
      .thenFails('task.reason_required');
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when(reopen('soon'), asStandingOffice())
      .thenFails('task.invalid_date');
  });

  it('lets the whole cycle run again after reopening', () => {
    const history: TaskEvent[] = [
      ...inProgress(),
      completed(),
      completionAccepted,
      { type: 'TaskReopened', data: { taskId: TASK_ID, reason: 'r', newDueDate: '2026-09-30' } },
    ];
    givenEvents(taskDecider, history)
      .when(complete(), asLead('2026-09-01'))
      .then([completed('2026-09-01', '2026-09-30')]);
    givenEvents(taskDecider, history)
      .when(
        { type: 'ReassignTask', data: { taskId: TASK_ID, toAgencyId: OUTSIDER, reason: 'r' } },
        asStandingOffice(),
      )
      .thenMatch([
        {
          type: 'TaskReassigned',
          data: expect.objectContaining({ fromAgencyId: LEAD, toAgencyId: OUTSIDER }),
        },
      ]);
  });
});
