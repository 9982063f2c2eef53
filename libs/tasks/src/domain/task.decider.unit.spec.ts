import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
import type { TaskCommand } from './task.commands';
import { taskDecider } from './task.decider';
import { isTaskEvent, TASK_EVENT_TYPES, taskStreamId, type TaskEvent } from './task.events';
import { taskStatusCategory } from './task-status-category';
import type { AssignedTaskState } from './task.state';
import { asLead, asStandingOffice, asSystem, assignCommand, LEAD, TASK_ID } from './task.test-fixtures';

describe('taskDecider', () => {
  it('starts from a stream that holds no task', () => {
    expect(taskDecider.initialState()).toEqual({ status: 'not_assigned' });
  });

  it('runs a task from assignment to acceptance, one decision at a time', () => {
    const steps: Array<[TaskCommand, ReturnType<typeof asLead>]> = [
      [assignCommand(), asStandingOffice('2026-05-15')],
      [{ type: 'AcknowledgeTask', data: { taskId: TASK_ID } }, asLead('2026-05-16')],
      [
        {
          type: 'ReportProgress',
          data: { taskId: TASK_ID, reportId: 'r-1', summary: 'Đã có dự thảo', percentComplete: 40 },
        },
        asLead('2026-06-10'),
      ],
      [
        {
          type: 'RequestExtension',
          data: {
            taskId: TASK_ID,
            requestId: 'e-1',
            requestedDueDate: '2026-07-15',
            reason: 'Chờ thẩm định',
          },
        },
        asLead('2026-06-20'),
      ],
      [
        { type: 'GrantExtension', data: { taskId: TASK_ID, requestId: 'e-1' } },
        asStandingOffice('2026-06-22'),
      ],
      [
        {
          type: 'RecordReminderSent',
          data: {
            taskId: TASK_ID,
            kind: 'before_due_7d',
            channel: 'email',
            recipients: ['a@hue.gov.vn'],
            dueDate: '2026-07-15',
          },
        },
        asSystem('2026-07-08'),
      ],
      [
        { type: 'CompleteTask', data: { taskId: TASK_ID, result: 'Quy trình đã ban hành' } },
        asLead('2026-07-14'),
      ],
      [{ type: 'AcceptCompletion', data: { taskId: TASK_ID } }, asStandingOffice('2026-07-16')],
    ];
    const history: TaskEvent[] = [];
    for (const [command, context] of steps) {
      history.push(...givenEvents(taskDecider, history).when(command, context).thenMatch([{}]));
    }
    expect(history.map((e) => e.type)).toEqual([
      'TaskAssigned',
      'TaskAcknowledged',
      'ProgressReported',
      'ExtensionRequested',
      'ExtensionGranted',
      'ReminderSent',
      'TaskCompleted',
      'CompletionAccepted',
    ]);
    const state = fold(taskDecider, history) as AssignedTaskState;
    expect(state).toMatchObject({
      status: 'accepted',
      leadAgencyId: LEAD,
      dueDate: '2026-07-15',
      completedOn: '2026-07-14',
      lastProgressOn: '2026-06-10',
      lastPercentComplete: 40,
      assignedOn: '2026-05-15',
    });
    expect(taskStatusCategory(state, '2026-12-31')).toBe('completed_on_time');
  });

  it('ignores an event type it does not know, so newer streams still load', () => {
    const state = fold(taskDecider, [
      {
        type: 'TaskAssigned',
        data: {
          ...(assignCommand().data as object),
          recurrence: null,
          dueDateIsPeriodEnd: false,
          groupId: null,
          assignedByAgencyId: 'x',
          assignedOn: '2026-05-15',
          coordinatingAgencyIds: [],
        },
      },
      { type: 'TaskLabelled', data: {} } as unknown as TaskEvent,
    ] as TaskEvent[]);
    expect(state.status).toBe('assigned');
  });
});

describe('task stream and event types', () => {
  it('names the stream task-<taskId>', () => {
    expect(taskStreamId('abc')).toBe('task-abc');
  });

  it('lists every event type once', () => {
    expect(new Set(TASK_EVENT_TYPES).size).toBe(20);
    expect(isTaskEvent({ type: 'TaskEscalated', data: {} })).toBe(true);
    expect(isTaskEvent({ type: 'PlanIssued', data: {} })).toBe(false);
  });
});
