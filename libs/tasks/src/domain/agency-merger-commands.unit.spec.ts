import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
import { mergerCommands, type MergeableTask } from './agency-merger-commands';
import { taskDecider } from './task.decider';
import type { AssignedTaskState } from './task.state';
import {
  acknowledged,
  asSystem,
  assigned,
  COORDINATOR,
  inProgress,
  LEAD,
  TASK_ID,
} from './task.test-fixtures';

const REASON = 'Sáp nhập UBND phường A, UBND phường B vào UBND phường Mới theo Nghị quyết 1675/NQ-UBTVQH15';
const task = (taskId: string, overrides: Partial<MergeableTask> = {}): MergeableTask => ({
  taskId,
  status: 'in_progress',
  leadAgencyId: 'phuong-z',
  coordinatingAgencyIds: [],
  groupId: null,
  lastPercentComplete: null,
  ...overrides,
});
const merger = { mergedAgencyIds: ['phuong-a', 'phuong-b'], targetAgencyId: 'phuong-new', reason: REASON };
const idsOf = (type: string, tasks: readonly MergeableTask[], of = merger) =>
  mergerCommands(of, tasks)
    .filter((command) => command.type === type)
    .map((command) => command.data.taskId);

describe('what a merger of agencies does to their tasks', () => {
  const led = [
    task('t-assigned', { status: 'assigned', leadAgencyId: 'phuong-a' }),
    task('t-working', { leadAgencyId: 'phuong-b' }),
    task('t-review', { status: 'completed', leadAgencyId: 'phuong-a' }),
    task('t-accepted', { status: 'accepted', leadAgencyId: 'phuong-a' }),
    task('t-cancelled', { status: 'cancelled', leadAgencyId: 'phuong-b' }),
    task('t-elsewhere'),
    task('t-target', { leadAgencyId: 'phuong-new' }),
  ];

  it('moves every open task they lead (assigned, in progress, awaiting review) to the surviving agency', () => {
    expect(mergerCommands(merger, led)).toEqual(
      ['t-assigned', 't-working', 't-review'].map((taskId) => ({
        type: 'ReassignTask',
        data: { taskId, toAgencyId: 'phuong-new', reason: REASON, cause: 'agency_merger' },
      })),
    );
  });

  it('leaves accepted and cancelled tasks with the agency that held them, and the target’s own tasks alone', () => {
    const absorbing = { ...merger, mergedAgencyIds: ['phuong-new', 'phuong-b'] };
    expect(idsOf('ReassignTask', led, absorbing)).toEqual(['t-working']);
  });

  it('hands the coordinating part of a merged agency to the surviving one', () => {
    const coordinated = [
      task('t-coordinated', { coordinatingAgencyIds: ['phuong-a', 'so-y-te', 'phuong-b'] }),
      task('t-closed', { status: 'accepted', coordinatingAgencyIds: ['phuong-a'] }),
    ];
    expect(mergerCommands(merger, coordinated)).toEqual([
      {
        type: 'MergeCoordinatingAgencies',
        data: {
          taskId: 't-coordinated',
          mergedAgencyIds: ['phuong-a', 'phuong-b'],
          intoAgencyId: 'phuong-new',
          reason: REASON,
        },
      },
    ]);
  });

  describe('a group given to every commune', () => {
    it('keeps the surviving commune’s own task and closes the merged communes’ as its duplicates', () => {
      const group = [
        task('g-a', { leadAgencyId: 'phuong-a', groupId: 'g', status: 'completed' }),
        task('g-new', { leadAgencyId: 'phuong-new', groupId: 'g', status: 'assigned' }),
        task('g-b', { leadAgencyId: 'phuong-b', groupId: 'g' }),
        task('g-z', { groupId: 'g' }),
      ];
      const commands = mergerCommands(merger, group);
      expect(commands.map((command) => [command.type, command.data.taskId])).toEqual([
        ['CancelTask', 'g-a'],
        ['CancelTask', 'g-b'],
      ]);
      expect(commands[0].data).toMatchObject({
        duplicateOfTaskId: 'g-new',
        reason: expect.stringContaining(REASON),
      });
    });

    it('without one of its own, keeps the task furthest along, moved to the surviving commune', () => {
      const group = [
        task('g-a', { leadAgencyId: 'phuong-a', groupId: 'g', lastPercentComplete: 30 }),
        task('g-b', { leadAgencyId: 'phuong-b', groupId: 'g', lastPercentComplete: 60 }),
        task('h-a', { leadAgencyId: 'phuong-a', groupId: 'h', status: 'assigned' }),
      ];
      const commands = mergerCommands(merger, group);
      expect(commands.map((command) => [command.type, command.data.taskId])).toEqual([
        ['CancelTask', 'g-a'],
        ['ReassignTask', 'g-b'],
        ['ReassignTask', 'h-a'],
      ]);
    });
  });

  it('gives commands the task decider turns into events, and that a repeat turns into nothing', () => {
    const history = [assigned({ groupId: null, coordinatingAgencyIds: [COORDINATOR] }), acknowledged()];
    const state = fold(taskDecider, history) as AssignedTaskState;
    const commands = mergerCommands(
      { mergedAgencyIds: [LEAD, COORDINATOR], targetAgencyId: 'phuong-new', reason: REASON },
      [state],
    );
    expect(commands.map((command) => command.type)).toEqual(['ReassignTask', 'MergeCoordinatingAgencies']);
    const reassigned = givenEvents(taskDecider, history)
      .when(commands[0], asSystem())
      .then([
        {
          type: 'TaskReassigned',
          data: {
            taskId: TASK_ID,
            fromAgencyId: LEAD,
            toAgencyId: 'phuong-new',
            reason: REASON,
            cause: 'agency_merger',
          },
        },
      ]);
    // The surviving agency now leads, so it does not also coordinate: the merged coordinator just leaves.
    const merged = givenEvents(taskDecider, [...history, ...reassigned])
      .when(commands[1], asSystem())
      .then([
        {
          type: 'CoordinatingAgenciesMerged',
          data: {
            taskId: TASK_ID,
            mergedAgencyIds: [COORDINATOR],
            intoAgencyId: 'phuong-new',
            reason: REASON,
          },
        },
      ]);
    const after = fold(taskDecider, [...history, ...reassigned, ...merged]) as AssignedTaskState;
    expect(after.coordinatingAgencyIds).toEqual([]);
    givenEvents(taskDecider, [...history, ...reassigned, ...merged])
      .when(commands[1], asSystem())
      .then([]);
  });

  it('a merged coordinator of a task the surviving agency does not lead is replaced by it', () => {
    const history = inProgress();
    const events = givenEvents(taskDecider, history)
      .when(
        {
          type: 'MergeCoordinatingAgencies',
          data: {
            taskId: TASK_ID,
            mergedAgencyIds: [COORDINATOR],
            intoAgencyId: 'phuong-new',
            reason: REASON,
          },
        },
        asSystem(),
      )
      .then([
        {
          type: 'CoordinatingAgenciesMerged',
          data: {
            taskId: TASK_ID,
            mergedAgencyIds: [COORDINATOR],
            intoAgencyId: 'phuong-new',
            reason: REASON,
          },
        },
      ]);
    expect((fold(taskDecider, [...history, ...events]) as AssignedTaskState).coordinatingAgencyIds).toEqual([
      'phuong-new',
    ]);
  });
});
