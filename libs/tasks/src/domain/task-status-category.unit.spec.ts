import { fold } from '@giaoviec/kernel';
import { taskDecider } from './task.decider';
import type { TaskEvent } from './task.events';
import { isTaskOverdue, taskStatusCategory } from './task-status-category';
import type { AssignedTaskState } from './task.state';
import {
  assigned,
  cancelled,
  completed,
  completionAccepted,
  DUE,
  inProgress,
  TASK_ID,
} from './task.test-fixtures';

const categoryOf = (events: TaskEvent[], today: string) =>
  taskStatusCategory(fold(taskDecider, events) as AssignedTaskState, today);

describe('taskStatusCategory', () => {
  it('is "not acknowledged" until the lead agency acknowledges, overdue or not', () => {
    expect(categoryOf([assigned()], '2026-06-01')).toBe('not_acknowledged');
    expect(categoryOf([assigned()], '2026-07-15')).toBe('not_acknowledged');
  });

  it('is "in progress on time" up to and including the due date', () => {
    expect(categoryOf(inProgress(), '2026-06-01')).toBe('in_progress_on_time');
    expect(categoryOf(inProgress(), DUE)).toBe('in_progress_on_time');
  });

  it('is "in progress overdue" from the day after the due date', () => {
    expect(categoryOf(inProgress(), '2026-07-01')).toBe('in_progress_overdue');
  });

  it('is never overdue without a due date', () => {
    expect(
      categoryOf(
        [assigned({ dueDate: null }), { type: 'TaskAcknowledged', data: { taskId: TASK_ID, agencyId: 'x' } }],
        '2099-01-01',
      ),
    ).toBe('in_progress_on_time');
    expect(
      categoryOf(
        [
          assigned({ dueDate: null }),
          { type: 'TaskAcknowledged', data: { taskId: TASK_ID, agencyId: 'x' } },
          completed('2030-01-01', null),
        ],
        '2099-01-01',
      ),
    ).toBe('completed_on_time');
  });

  it('is "completed on time" when completed on or before the due date, whether awaiting review or accepted', () => {
    expect(categoryOf([...inProgress(), completed(DUE)], '2026-08-01')).toBe('completed_on_time');
    expect(categoryOf([...inProgress(), completed('2026-06-20'), completionAccepted], '2026-08-01')).toBe(
      'completed_on_time',
    );
  });

  it('is "completed late" when completed after the due date, and stays so whatever today is', () => {
    expect(categoryOf([...inProgress(), completed('2026-07-01')], '2026-07-01')).toBe('completed_late');
    expect(categoryOf([...inProgress(), completed('2026-07-01'), completionAccepted], '2027-01-01')).toBe(
      'completed_late',
    );
  });

  it('judges completion against the extended due date', () => {
    const extended: TaskEvent = {
      type: 'ExtensionGranted',
      data: { taskId: TASK_ID, requestId: 'e', previousDueDate: DUE, newDueDate: '2026-07-31' },
    };
    expect(categoryOf([...inProgress(), extended, completed('2026-07-20', '2026-07-31')], '2026-08-01')).toBe(
      'completed_on_time',
    );
  });

  it('is "cancelled" for a cancelled task', () => {
    expect(categoryOf([...inProgress(), cancelled()], '2026-08-01')).toBe('cancelled');
  });

  it('works on a read-model row holding the same facts', () => {
    expect(
      taskStatusCategory(
        { status: 'accepted', dueDate: '2026-03-31', completedOn: '2026-04-02' },
        '2026-05-01',
      ),
    ).toBe('completed_late');
  });
});

describe('isTaskOverdue', () => {
  it('covers unacknowledged and in-progress tasks past their due date, not completed or cancelled ones', () => {
    expect(isTaskOverdue({ status: 'assigned', dueDate: DUE }, '2026-07-01')).toBe(true);
    expect(isTaskOverdue({ status: 'in_progress', dueDate: DUE }, '2026-07-01')).toBe(true);
    expect(isTaskOverdue({ status: 'in_progress', dueDate: DUE }, DUE)).toBe(false);
    expect(isTaskOverdue({ status: 'completed', dueDate: DUE }, '2026-07-01')).toBe(false);
    expect(isTaskOverdue({ status: 'cancelled', dueDate: DUE }, '2026-07-01')).toBe(false);
    expect(isTaskOverdue({ status: 'in_progress', dueDate: null }, '2026-07-01')).toBe(false);
  });
});
