import type { DecisionContext } from '@giaoviec/kernel';
import { MAX_DISCUSSION_TEXT_LENGTH, type CommentOnTask, type GiveDirection } from './task.commands';
import type { TaskEvent } from './task.events';
import { requireAssigned, requireOpen, requireText } from './task.guards';
import { taskViolation } from './task-rules';
import type { AssignedTaskState, TaskState } from './task.state';

/**
 * Ý kiến chỉ đạo and trao đổi on an open task. Directions come from those who steer the work
 * (the standing office, leadership); comments from anyone taking part in it: the lead and
 * coordinating agencies, the standing office and leadership. Neither changes the task's state.
 */

const STEERING_ROLES: readonly string[] = ['standing_office', 'leadership'];
const AGENCY_ROLES: readonly string[] = ['officer', 'agency_head'];

type DiscussionKind = 'direction' | 'comment';

const WHO_MAY: Record<
  DiscussionKind,
  { may: (task: AssignedTaskState, context: DecisionContext) => boolean; who: string }
> = {
  direction: {
    may: (_task, { actor }) => STEERING_ROLES.includes(actor.role),
    who: 'the standing office and leadership give directions on',
  },
  comment: {
    may: (task, { actor }) =>
      STEERING_ROLES.includes(actor.role) ||
      (AGENCY_ROLES.includes(actor.role) &&
        (actor.agencyId === task.leadAgencyId || task.coordinatingAgencyIds.includes(actor.agencyId))),
    who: 'the lead and coordinating agencies, the standing office and leadership comment on',
  },
};

export function giveDirection(
  { data }: GiveDirection,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const entry = discussionEntry('direction', data.taskId, data.directionId, data.text, state, context);
  return [{ type: 'TaskDirectionGiven', data: { ...entry.facts, directionId: entry.id } }];
}

export function commentOnTask(
  { data }: CommentOnTask,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const entry = discussionEntry('comment', data.taskId, data.commentId, data.text, state, context);
  return [{ type: 'TaskCommented', data: { ...entry.facts, commentId: entry.id } }];
}

/** The checks both share: an open task, an author allowed for the kind, an id and a text within bounds. */
function discussionEntry(
  kind: DiscussionKind,
  taskId: string,
  id: string,
  rawText: unknown,
  state: TaskState,
  context: DecisionContext,
) {
  const task = requireAssigned(state, taskId);
  requireOpen(task, `receive a ${kind}`);
  const { role, agencyId } = context.actor;
  if (!WHO_MAY[kind].may(task, context)) {
    throw taskViolation(
      'discussion.not_allowed',
      `Only ${WHO_MAY[kind].who} task ${task.taskId}; ${role} of agency ${agencyId} cannot.`,
      { taskId: task.taskId, role, agencyId, kind },
    );
  }
  const what = `A ${kind} on task ${task.taskId}`;
  const text = requireText(rawText, 'discussion.text_required', `${what} needs a text.`, {
    taskId: task.taskId,
  });
  if (text.length > MAX_DISCUSSION_TEXT_LENGTH) {
    throw taskViolation(
      'discussion.text_too_long',
      `${what} may be at most ${MAX_DISCUSSION_TEXT_LENGTH} characters; it has ${text.length}. Attach a longer text as a file.`,
      { taskId: task.taskId, maxLength: MAX_DISCUSSION_TEXT_LENGTH, length: text.length },
    );
  }
  return {
    id: requireText(id, 'task.id_required', `${what} needs an id.`),
    facts: { taskId: task.taskId, agencyId, text },
  };
}
