import type { Decider } from '@giaoviec/kernel';
import type { TaskCommand } from './task.commands';
import { decideTask } from './task.decide';
import type { TaskEvent } from './task.events';
import { evolveTask } from './task.evolve';
import { initialTaskState, type TaskState } from './task.state';

/** The Task aggregate, stream `task-<taskId>` (see `taskStreamId`). */
export const taskDecider: Decider<TaskState, TaskCommand, TaskEvent> = {
  decide: decideTask,
  evolve: evolveTask,
  initialState: initialTaskState,
};
