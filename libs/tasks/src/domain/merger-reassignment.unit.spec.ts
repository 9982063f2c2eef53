import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
import { mergerReassignments, type MergeableTask } from './merger-reassignment';
import { taskDecider } from './task.decider';
import { asSystem, assigned, inProgress, LEAD, TASK_ID } from './task.test-fixtures';

const tasks: MergeableTask[] = [
  { taskId: 't-assigned', status: 'assigned', leadAgencyId: 'phuong-a' },
  { taskId: 't-working', status: 'in_progress', leadAgencyId: 'phuong-b' },
  { taskId: 't-review', status: 'completed', leadAgencyId: 'phuong-a' },
  { taskId: 't-accepted', status: 'accepted', leadAgencyId: 'phuong-a' },
  { taskId: 't-cancelled', status: 'cancelled', leadAgencyId: 'phuong-b' },
  { taskId: 't-elsewhere', status: 'in_progress', leadAgencyId: 'phuong-z' },
  { taskId: 't-target', status: 'in_progress', leadAgencyId: 'phuong-new' },
];

describe('mergerReassignments', () => {
  it('moves every open task of the merged communes (assigned, in progress, awaiting review) to the new one', () => {
    const commands = mergerReassignments(
      { mergedAgencyIds: ['phuong-a', 'phuong-b'], targetAgencyId: 'phuong-new' },
      tasks,
    );
    expect(commands).toEqual(
      ['t-assigned', 't-working', 't-review'].map((taskId) => ({
        type: 'ReassignTask',
        data: {
          taskId,
          toAgencyId: 'phuong-new',
          reason: 'Agencies phuong-a, phuong-b were merged into agency phuong-new.',
          cause: 'agency_merger',
        },
      })),
    );
  });

  it('leaves accepted and cancelled tasks with the agency that held them', () => {
    const ids = mergerReassignments(
      { mergedAgencyIds: ['phuong-a', 'phuong-b'], targetAgencyId: 'phuong-new' },
      tasks,
    ).map((c) => c.data.taskId);
    expect(ids).not.toContain('t-accepted');
    expect(ids).not.toContain('t-cancelled');
  });

  it('leaves the target’s own tasks alone when it absorbs another commune', () => {
    const commands = mergerReassignments(
      {
        mergedAgencyIds: ['phuong-new', 'phuong-b'],
        targetAgencyId: 'phuong-new',
        reason: 'Nghị quyết 1675/NQ-UBTVQH15',
      },
      tasks,
    );
    expect(commands.map((c) => c.data)).toEqual([
      {
        taskId: 't-working',
        toAgencyId: 'phuong-new',
        reason: 'Nghị quyết 1675/NQ-UBTVQH15',
        cause: 'agency_merger',
      },
    ]);
  });

  it('gives commands the task decider turns into TaskReassigned with cause agency_merger', () => {
    const history = inProgress();
    const [command] = mergerReassignments({ mergedAgencyIds: [LEAD], targetAgencyId: 'phuong-new' }, [
      fold(taskDecider, history) as MergeableTask,
    ]);
    givenEvents(taskDecider, history)
      .when(command, asSystem())
      .then([
        {
          type: 'TaskReassigned',
          data: {
            taskId: TASK_ID,
            fromAgencyId: LEAD,
            toAgencyId: 'phuong-new',
            reason: `Agencies ${LEAD} were merged into agency phuong-new.`,
            cause: 'agency_merger',
          },
        },
      ]);
  });

  it('accepts the decider’s own state as a task', () => {
    expect(
      mergerReassignments({ mergedAgencyIds: [LEAD], targetAgencyId: 'x' }, [
        fold(taskDecider, [assigned()]) as MergeableTask,
      ]),
    ).toHaveLength(1);
  });
});
